n, m = map(int, input().split())
graph = [[] for _ in range(n + 1)]
for _ in range(m):
    u, v = map(int, input().split())
    graph[u].append(v)
    graph[v].append(u)

cut = []
for x in range(1, n + 1):
    # x is a cut vertex when its neighbours are no longer all connected without it.
    neighbours = [v for v in graph[x] if v != x]
    if not neighbours:
        continue
    seen = [False] * (n + 1)
    seen[x] = True
    seen[neighbours[0]] = True
    stack = [neighbours[0]]
    while stack:
        u = stack.pop()
        for v in graph[u]:
            if not seen[v]:
                seen[v] = True
                stack.append(v)
    if not all(seen[v] for v in neighbours):
        cut.append(x)

print(len(cut))
if cut:
    print(" ".join(map(str, cut)))
