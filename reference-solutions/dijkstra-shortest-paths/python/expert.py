from heapq import heappop, heappush


def shortest_paths(n, edges):
    # Lazy-deletion Dijkstra with single-int heap keys dist * n + node: int comparisons inside
    # heapq are much cheaper than tuple ones. Hot names are bound locally.
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * n
    best = [0] + [1 << 62] * (n - 1)
    heap = [0]
    pop, push = heappop, heappush
    while heap:
        key = pop(heap)
        u = key % n
        if dist[u] >= 0:
            continue
        d = key // n
        dist[u] = d
        for v, w in adj[u]:
            nd = d + w
            if nd < best[v]:
                best[v] = nd
                push(heap, nd * n + v)
    return dist
