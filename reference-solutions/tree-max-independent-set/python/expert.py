def max_independent_weight(weights, edges):
    # Adjacency lists, a breadth-first order from node 0 with each node's parent, then one
    # sweep from the last node back: each node, now final, is folded into its parent, with
    # take[v] = weights[v] + sum skip[c] and skip[v] = sum max(take[c], skip[c]).
    n = len(weights)
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    parent = [-1] * n
    parent[0] = 0
    order = [0]
    append = order.append
    for v in order:  # the list grows while it is walked
        for c in adj[v]:
            if parent[c] < 0:
                parent[c] = v
                append(c)
    take = list(weights)
    skip = [0] * n
    for v in order[:0:-1]:  # every node but the root, children before parents
        t = take[v]
        s = skip[v]
        p = parent[v]
        take[p] += s
        skip[p] += t if t > s else s
    return max(take[0], skip[0])
