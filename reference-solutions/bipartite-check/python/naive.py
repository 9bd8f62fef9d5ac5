def bipartite_smaller_sides(n, edges):
    # Colour components one at a time: colour a start node, then sweep over all edges, copying
    # the opposite colour across each edge with exactly one coloured end, until nothing changes.
    color = [-1] * n
    component = [-1] * n
    total = 0
    for s in range(n):
        if color[s] != -1:
            continue
        color[s] = 0
        component[s] = s
        changed = True
        while changed:
            changed = False
            for u, v in edges:
                if color[u] != -1 and color[v] == -1:
                    color[v] = 1 - color[u]
                    component[v] = s
                    changed = True
                elif color[v] != -1 and color[u] == -1:
                    color[u] = 1 - color[v]
                    component[u] = s
                    changed = True
                elif color[u] != -1 and color[u] == color[v]:
                    return -1
        sides = [0, 0]
        for v in range(n):
            if component[v] == s:
                sides[color[v]] += 1
        total += min(sides)
    return total
