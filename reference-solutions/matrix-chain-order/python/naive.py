def matrix_chain_cost(dims):
    # Top-down recursion over sub-chains; each answer is remembered in a dict keyed by
    # (first, last) matrix and looked up on every visit.
    memo = {}

    def cost(i, j):
        if i == j:
            return 0
        if (i, j) in memo:
            return memo[(i, j)]
        best = None
        for k in range(i, j):
            c = cost(i, k) + cost(k + 1, j) + dims[i] * dims[k + 1] * dims[j + 1]
            if best is None or c < best:
                best = c
        memo[(i, j)] = best
        return best

    n = len(dims) - 1
    if n < 2:
        return 0
    return cost(0, n - 1)
