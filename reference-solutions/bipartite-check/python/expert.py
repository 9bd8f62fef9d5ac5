def bipartite_smaller_sides(n, edges):
    # Breadth-first search level by level: all nodes of one level share a colour, so a whole
    # frontier is coloured at once and a conflict is an edge whose far end is already on the
    # same level's colour. Self-loops are caught up front.
    graph = [[] for _ in range(n)]
    for u, v in edges:
        if u == v:
            return -1
        graph[u].append(v)
        graph[v].append(u)
    color = bytearray(n)  # 0 = uncoloured, 1 and 2 are the sides
    total = 0
    for s in range(n):
        if color[s]:
            continue
        color[s] = 1
        frontier = [s]
        c = 1
        counts = [0, 1, 0]
        while frontier:
            other = 3 - c
            nxt = []
            push = nxt.append
            for u in frontier:
                for v in graph[u]:
                    cv = color[v]
                    if not cv:
                        color[v] = other
                        push(v)
                    elif cv == c:
                        return -1
            counts[other] += len(nxt)
            frontier = nxt
            c = other
        total += counts[1] if counts[1] < counts[2] else counts[2]
    return total
