def scc_labels(n, edges):
    # Tarjan's algorithm, iterative: one search; index[v] is the discovery number, low[v] the
    # smallest discovery number reachable from v's subtree through at most one back edge into
    # the stack. A node whose low equals its index roots a component: pop it off the stack.
    graph = [[] for _ in range(n)]
    for u, v in edges:
        graph[u].append(v)
    index = [0] * n  # 0 = not yet visited; discovery numbers start at 1
    low = [0] * n
    label = [-1] * n
    on_stack = [False] * n
    stack = []
    depth = [0] * n  # position of v on the stack while it is there
    counter = 0
    for s in range(n):
        if index[s]:
            continue
        counter += 1
        index[s] = low[s] = counter
        depth[s] = len(stack)
        stack.append(s)
        on_stack[s] = True
        work = [(s, iter(graph[s]))]
        while work:
            u, it = work[-1]
            for v in it:
                if not index[v]:
                    counter += 1
                    index[v] = low[v] = counter
                    depth[v] = len(stack)
                    stack.append(v)
                    on_stack[v] = True
                    work.append((v, iter(graph[v])))
                    break
                if on_stack[v] and index[v] < low[u]:
                    low[u] = index[v]
            else:
                work.pop()
                if work:
                    p = work[-1][0]
                    if low[u] < low[p]:
                        low[p] = low[u]
                if low[u] == index[u]:
                    i = depth[u]
                    component = stack[i:]
                    del stack[i:]
                    smallest = min(component)
                    for v in component:
                        on_stack[v] = False
                        label[v] = smallest
    return label
