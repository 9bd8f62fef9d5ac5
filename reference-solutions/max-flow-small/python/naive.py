n, m, s, t = map(int, input().split())
# Residual capacities in an adjacency matrix.
cap = [[0] * (n + 1) for _ in range(n + 1)]
for _ in range(m):
    u, v, c = map(int, input().split())
    if u != v:
        cap[u][v] += c


def find_path():
    # Any path with spare capacity, by depth-first search over the whole matrix.
    parent = [0] * (n + 1)
    parent[s] = s
    stack = [s]
    while stack:
        u = stack.pop()
        for v in range(1, n + 1):
            if cap[u][v] > 0 and parent[v] == 0:
                parent[v] = u
                if v == t:
                    return parent
                stack.append(v)
    return None


flow = 0
while True:
    parent = find_path()
    if parent is None:
        break
    push = float("inf")
    v = t
    while v != s:
        push = min(push, cap[parent[v]][v])
        v = parent[v]
    v = t
    while v != s:
        cap[parent[v]][v] -= push
        cap[v][parent[v]] += push
        v = parent[v]
    flow += push
print(flow)
