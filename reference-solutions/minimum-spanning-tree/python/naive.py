def spanning_forest_weight(n, edges):
    # Prim's algorithm with a plain array: each step scans every node for the cheapest one.
    INF = float("inf")
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        if u != v:
            adj[u].append((v, w))
            adj[v].append((u, w))
    in_tree = [False] * n
    key = [INF] * n
    total = 0
    for _ in range(n):
        u = -1
        for i in range(n):
            if not in_tree[i] and (u == -1 or key[i] < key[u]):
                u = i
        if key[u] == INF:
            key[u] = 0  # start a new tree of the forest
        total += key[u]
        in_tree[u] = True
        for v, w in adj[u]:
            if not in_tree[v] and w < key[v]:
                key[v] = w
    return total
