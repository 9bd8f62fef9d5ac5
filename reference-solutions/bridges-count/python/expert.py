def count_bridges(n, edges):
    # Depth-first search with low-links, iterative. Each adjacency entry packs (neighbour, edge
    # id) as one int 2 * id + side, so the other end is ends[entry ^ 1] and the parent edge is
    # recognised by id (a doubled edge then counts as a back edge). The tree edge into v is a
    # bridge when low[v] > disc[parent].
    ends = []
    for u, v in edges:
        ends.append(u)
        ends.append(v)
    graph = [[] for _ in range(n)]
    for entry, u in enumerate(ends):
        graph[u].append(entry ^ 1)  # entry ^ 1 indexes the far end of the same edge
    disc = [0] * n  # 0 = unvisited; times start at 1
    low = [0] * n
    time = 0
    bridges = 0
    for root in range(n):
        if disc[root]:
            continue
        time += 1
        disc[root] = low[root] = time
        nodes = [root]
        into = [-2]  # entry (far end) used to reach each node; -2 for the root
        iters = [iter(graph[root])]
        while iters:
            u = nodes[-1]
            back = into[-1] ^ 1
            lu = low[u]
            for far in iters[-1]:
                if far == back:
                    continue
                v = ends[far]
                d = disc[v]
                if not d:
                    low[u] = lu
                    time += 1
                    disc[v] = low[v] = time
                    nodes.append(v)
                    into.append(far)
                    iters.append(iter(graph[v]))
                    break
                if d < lu:
                    lu = d
            else:
                low[u] = lu
                nodes.pop()
                into.pop()
                iters.pop()
                if nodes:
                    p = nodes[-1]
                    if lu < low[p]:
                        low[p] = lu
                    elif lu > disc[p]:
                        bridges += 1
    return bridges
