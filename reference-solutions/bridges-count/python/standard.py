def count_bridges(n, edges):
    # Depth-first search with low-links: the tree edge into v is a bridge when nothing in v's
    # subtree reaches above v by a back edge (low[v] > disc[u]). The parent edge is skipped by its
    # id, not by its other end, so a doubled edge counts as a back edge.
    graph = [[] for _ in range(n)]
    for k, (u, v) in enumerate(edges):
        graph[u].append((v, k))
        graph[v].append((u, k))
    disc = [-1] * n
    low = [0] * n
    time = 0
    bridges = 0
    for root in range(n):
        if disc[root] != -1:
            continue
        disc[root] = low[root] = time
        time += 1
        stack = [(root, -1, 0)]
        while stack:
            u, parent_edge, i = stack[-1]
            if i < len(graph[u]):
                stack[-1] = (u, parent_edge, i + 1)
                v, k = graph[u][i]
                if k == parent_edge:
                    continue
                if disc[v] == -1:
                    disc[v] = low[v] = time
                    time += 1
                    stack.append((v, k, 0))
                else:
                    low[u] = min(low[u], disc[v])
            else:
                stack.pop()
                if stack:
                    p = stack[-1][0]
                    low[p] = min(low[p], low[u])
                    if low[u] > disc[p]:
                        bridges += 1
    return bridges
