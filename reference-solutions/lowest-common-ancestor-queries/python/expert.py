def lca_queries(parent, queries):
    # Preorder numbering plus a sparse table. For u != v with tin[u] < tin[v], every node whose
    # preorder index lies in (tin[u], tin[v]] is inside the LCA's subtree, and the child of the
    # LCA on the way to v is among them, so the smallest preorder index of their parents is
    # the LCA's own index. Queries then cost O(1) each.
    n = len(parent)
    children = [[] for _ in range(n)]
    for v in range(1, n):
        children[parent[v]].append(v)
    order = []
    visit = order.append
    stack = [0]
    pop, extend = stack.pop, stack.extend
    while stack:
        u = pop()
        visit(u)
        extend(children[u])
    tin = [0] * n
    for i, u in enumerate(order):
        tin[u] = i
    row = [0] + [tin[parent[u]] for u in order[1:]]
    table = [row]
    h = 1
    while 2 * h <= n:
        row = [x if x < y else y for x, y in zip(row, row[h:])]
        table.append(row)
        h *= 2
    result = []
    push = result.append
    for u, v in queries:
        a = tin[u]
        b = tin[v]
        if a == b:
            push(u)
            continue
        if a > b:
            a, b = b, a
        k = (b - a).bit_length() - 1
        r = table[k]
        x = r[a + 1]
        y = r[b + 1 - (1 << k)]
        push(order[x if x < y else y])
    return result
