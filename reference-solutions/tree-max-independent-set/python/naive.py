def max_independent_weight(weights, edges):
    # Root the tree at node 0 and order it breadth first; the neighbours of each node are found
    # by scanning the whole edge list. Then children before parents:
    # take[v] = weights[v] + sum skip[c], skip[v] = sum max(take[c], skip[c]).
    n = len(weights)
    parent = [-1] * n
    order = [0]
    seen = [False] * n
    seen[0] = True
    i = 0
    while i < len(order):
        v = order[i]
        i += 1
        for a, b in edges:
            if a == v and not seen[b]:
                seen[b] = True
                parent[b] = v
                order.append(b)
            elif b == v and not seen[a]:
                seen[a] = True
                parent[a] = v
                order.append(a)
    take = list(weights)
    skip = [0] * n
    for v in reversed(order):
        p = parent[v]
        if p >= 0:
            take[p] += skip[v]
            skip[p] += max(take[v], skip[v])
    return max(take[0], skip[0])
