def scc_labels(n, edges):
    # Kosaraju: order nodes by finishing time in a search of the graph, then search the reversed
    # graph in decreasing finishing time; each search collects one component.
    graph = [[] for _ in range(n)]
    reverse = [[] for _ in range(n)]
    for u, v in edges:
        graph[u].append(v)
        reverse[v].append(u)
    visited = [False] * n
    finished = []
    for s in range(n):
        if visited[s]:
            continue
        visited[s] = True
        stack = [(s, 0)]
        while stack:
            u, i = stack[-1]
            if i < len(graph[u]):
                stack[-1] = (u, i + 1)
                v = graph[u][i]
                if not visited[v]:
                    visited[v] = True
                    stack.append((v, 0))
            else:
                stack.pop()
                finished.append(u)
    label = [-1] * n
    for s in reversed(finished):
        if label[s] != -1:
            continue
        component = [s]
        label[s] = s
        stack = [s]
        while stack:
            u = stack.pop()
            for v in reverse[u]:
                if label[v] == -1:
                    label[v] = s
                    component.append(v)
                    stack.append(v)
        smallest = min(component)
        for v in component:
            label[v] = smallest
    return label
