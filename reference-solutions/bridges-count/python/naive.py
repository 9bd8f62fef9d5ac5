def count_bridges(n, edges):
    # Remove each edge in turn and check whether its ends are still connected.
    def connected_without(skip, a, b):
        graph = [[] for _ in range(n)]
        for k, (u, v) in enumerate(edges):
            if k != skip:
                graph[u].append(v)
                graph[v].append(u)
        seen = [False] * n
        seen[a] = True
        stack = [a]
        while stack:
            u = stack.pop()
            if u == b:
                return True
            for v in graph[u]:
                if not seen[v]:
                    seen[v] = True
                    stack.append(v)
        return False

    count = 0
    for k, (u, v) in enumerate(edges):
        if u != v and not connected_without(k, u, v):
            count += 1
    return count
