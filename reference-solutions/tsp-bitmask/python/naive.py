from itertools import permutations


def shortest_round_trip(dist):
    # Every order of the cities 1 .. n - 1, each priced from scratch.
    n = len(dist)
    best = None
    for order in permutations(range(1, n)):
        cost = 0
        prev = 0
        for city in order:
            cost += dist[prev][city]
            prev = city
        cost += dist[prev][0]
        if best is None or cost < best:
            best = cost
    return best
