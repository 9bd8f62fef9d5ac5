def tree_diameter(n, edges):
    adj = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    par = [-1] * n

    def farthest(start):
        # BFS over a list that grows while it is iterated; in a tree the only visited
        # neighbour of a node is its parent, so comparing with it replaces a visited array.
        par[start] = -1
        order = [start]
        push = order.append
        for u in order:
            pu = par[u]
            for v in adj[u]:
                if v != pu:
                    par[v] = u
                    push(v)
        return order[-1]

    a = farthest(0)
    b = farthest(a)
    d = 0
    while b != a:
        b = par[b]
        d += 1
    return d
