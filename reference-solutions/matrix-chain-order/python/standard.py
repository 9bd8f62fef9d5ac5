def matrix_chain_cost(dims):
    # Bottom-up over chain lengths: best[i][j] is the cheapest product of matrices i..j.
    n = len(dims) - 1
    if n < 2:
        return 0
    best = [[0] * n for _ in range(n)]
    for length in range(1, n):
        for i in range(n - length):
            j = i + length
            row = best[i]
            outer = dims[i] * dims[j + 1]
            # The column j of rows i+1..j, gathered once per cell.
            col = [best[k][j] for k in range(i + 1, j + 1)]
            row[j] = min(row[k] + col[k - i] + outer * dims[k + 1] for k in range(i, j))
    return best[0][n - 1]
