n, m = map(int, input().split())
adj = [[] for _ in range(n)]
indeg = [0] * n
for _ in range(m):
    u, v = map(int, input().split())
    adj[u].append(v)
    indeg[v] += 1

used = [False] * n
order = []
for _ in range(n):
    # Find the smallest unused node with no remaining incoming edges.
    x = -1
    for i in range(n):
        if not used[i] and indeg[i] == 0:
            x = i
            break
    if x == -1:
        break
    used[x] = True
    order.append(x)
    for v in adj[x]:
        indeg[v] -= 1

if len(order) < n:
    print("CYCLE")
else:
    print(" ".join(str(x) for x in order))
