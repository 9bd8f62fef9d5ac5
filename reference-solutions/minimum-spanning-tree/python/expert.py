from operator import itemgetter


def spanning_forest_weight(n, edges):
    # Kruskal with a C-level sort and union-find with path halving inlined in the loop;
    # it stops as soon as a spanning tree has been found.
    parent = list(range(n))
    total = 0
    need = n - 1
    for u, v, w in sorted(edges, key=itemgetter(2)):
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
            total += w
            need -= 1
            if not need:
                break
    return total
