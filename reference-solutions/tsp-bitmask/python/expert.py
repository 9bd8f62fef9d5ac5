from operator import add


def shortest_round_trip(dist):
    # Held-Karp: best[mask][i] = cheapest path from city 0 through exactly the cities of mask
    # (over cities 1 .. n - 1, city c is bit c - 1), ending at city i + 1; infinite when city
    # i + 1 is not in mask. A state is pulled from its predecessors: best[mask][j] is the
    # minimum over i of best[mask without j][i] + dist[i + 1][j + 1], one C-level map over a
    # stored column of dist.
    n = len(dist)
    if n == 1:
        return 0
    m = n - 1
    inf = float('inf')
    into = [[dist[i + 1][j + 1] for i in range(m)] for j in range(m)]
    best = [None] * (1 << m)
    for j in range(m):
        row = [inf] * m
        row[j] = dist[0][j + 1]
        best[1 << j] = row
    bits = [(j, 1 << j) for j in range(m)]
    for mask in range(1, 1 << m):
        if mask & (mask - 1) == 0:
            continue
        row = [inf] * m
        for j, bit in bits:
            if mask & bit:
                row[j] = min(map(add, best[mask ^ bit], into[j]))
        best[mask] = row
    return min(map(add, best[(1 << m) - 1], [dist[j + 1][0] for j in range(m)]))
