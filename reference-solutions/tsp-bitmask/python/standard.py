def shortest_round_trip(dist):
    # Held-Karp: best[mask][j] = cheapest path from city 0 through exactly the cities of mask
    # (over cities 1 .. n - 1, city c is bit c - 1), ending at city j + 1.
    n = len(dist)
    if n == 1:
        return 0
    m = n - 1
    inf = float('inf')
    best = [[inf] * m for _ in range(1 << m)]
    for j in range(m):
        best[1 << j][j] = dist[0][j + 1]
    for mask in range(1, 1 << m):
        row = best[mask]
        for j in range(m):
            cur = row[j]
            if cur == inf:
                continue
            dj = dist[j + 1]
            for k in range(m):
                if not mask & (1 << k):
                    nxt = best[mask | (1 << k)]
                    c = cur + dj[k + 1]
                    if c < nxt[k]:
                        nxt[k] = c
    full = best[(1 << m) - 1]
    return min(full[j] + dist[j + 1][0] for j in range(m))
