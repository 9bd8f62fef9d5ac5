from collections import deque


def lca_queries(parent, queries):
    # Binary lifting: up[k][v] is the 2^k-th ancestor of v (the root is its own ancestor).
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    depth = [0] * n
    queue = deque([0])
    while queue:
        u = queue.popleft()
        for c in children[u]:
            depth[c] = depth[u] + 1
            queue.append(c)

    LOG = max(1, (n - 1).bit_length())
    up = [[0] + parent[1:]]
    for k in range(1, LOG):
        prev = up[k - 1]
        up.append([prev[prev[v]] for v in range(n)])

    result = []
    for u, v in queries:
        if depth[u] < depth[v]:
            u, v = v, u
        diff = depth[u] - depth[v]
        k = 0
        while diff:
            if diff & 1:
                u = up[k][u]
            diff >>= 1
            k += 1
        if u != v:
            for k in range(LOG - 1, -1, -1):
                if up[k][u] != up[k][v]:
                    u = up[k][u]
                    v = up[k][v]
            u = up[0][u]
        result.append(u)
    return result
