def lca_queries(parent, queries):
    result = []
    for u, v in queries:
        # Collect all ancestors of u, then climb from v until one of them is met.
        ancestors = set()
        x = u
        while x != -1:
            ancestors.add(x)
            x = parent[x]
        y = v
        while y not in ancestors:
            y = parent[y]
        result.append(y)
    return result
