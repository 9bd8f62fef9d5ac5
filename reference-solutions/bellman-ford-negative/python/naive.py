INF = float("inf")

n, m, s = map(int, input().split())
edges = []
for _ in range(m):
    u, v, w = map(int, input().split())
    edges.append((u, v, w))

# dist[k][v] = shortest length of a walk from s to v with at most k edges, for k = 0 .. n.
dist = [[INF] * (n + 1)]
dist[0][s] = 0
for k in range(1, n + 1):
    row = list(dist[k - 1])
    for u, v, w in edges:
        if dist[k - 1][u] + w < row[v]:
            row[v] = dist[k - 1][u] + w
    dist.append(row)

# A node still improving with n edges is reached through a negative cycle; so is everything
# reachable from it.
bad = [dist[n][v] < dist[n - 1][v] for v in range(n + 1)]
changed = True
while changed:
    changed = False
    for u, v, w in edges:
        if bad[u] and not bad[v]:
            bad[v] = True
            changed = True

for v in range(1, n + 1):
    if bad[v]:
        print("-INF")
    elif dist[n][v] == INF:
        print("UNREACHABLE")
    else:
        print(dist[n][v])
