def scc_labels(n, edges):
    graph = [[] for _ in range(n)]
    for u, v in edges:
        graph[u].append(v)
    # The set of nodes each node reaches, by a search from every node.
    reach = []
    for s in range(n):
        seen = {s}
        stack = [s]
        while stack:
            u = stack.pop()
            for v in graph[u]:
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
        reach.append(seen)
    # u and v share a component when each reaches the other.
    return [min(v for v in reach[u] if u in reach[v]) for u in range(n)]
