def count_components(n, edges):
    # Union-find with path halving, inlined into the edge loop (no call per find).
    parent = list(range(n))
    count = n
    for u, v in edges:
        while True:
            pu = parent[u]
            if pu == u:
                break
            gu = parent[pu]
            parent[u] = gu
            u = gu
        while True:
            pv = parent[v]
            if pv == v:
                break
            gv = parent[pv]
            parent[v] = gv
            v = gv
        if u != v:
            parent[u] = v
            count -= 1
    return count
