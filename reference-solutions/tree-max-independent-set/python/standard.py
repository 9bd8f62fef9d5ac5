def max_independent_weight(weights, edges):
    # Adjacency lists and an iterative depth-first order from node 0 (the tree may be too deep
    # for recursion); then nodes in reverse order, so children come before their parent:
    # take[v] = weights[v] + sum skip[c], skip[v] = sum max(take[c], skip[c]).
    n = len(weights)
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    parent = [-1] * n
    visited = [False] * n
    visited[0] = True
    order = []
    stack = [0]
    while stack:
        v = stack.pop()
        order.append(v)
        for c in adj[v]:
            if not visited[c]:
                visited[c] = True
                parent[c] = v
                stack.append(c)
    take = [0] * n
    skip = [0] * n
    for v in reversed(order):
        t = weights[v]
        s = 0
        for c in adj[v]:
            if c != parent[v]:
                t += skip[c]
                s += max(take[c], skip[c])
        take[v] = t
        skip[v] = s
    return max(take[0], skip[0])
