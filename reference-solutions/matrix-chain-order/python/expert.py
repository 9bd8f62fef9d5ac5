from itertools import repeat
from operator import add, mul


def matrix_chain_cost(dims):
    # Bottom-up over chain lengths. Each cell is a minimum over split points k of
    # rows[i][k] + cols[j][k + 1] + dims[i] * dims[k + 1] * dims[j + 1]; keeping every answer in
    # a row list and a column list makes both operands contiguous slices, so the whole minimum
    # runs in C through map().
    n = len(dims) - 1
    if n < 2:
        return 0
    rows = [[0] * n for _ in range(n)]  # rows[i][j]
    cols = [[0] * n for _ in range(n)]  # cols[j][i], the same values
    for length in range(1, n):
        for i in range(n - length):
            j = i + length
            ri = rows[i]
            cj = cols[j]
            split = map(mul, dims[i + 1:j + 1], repeat(dims[i] * dims[j + 1]))
            v = min(map(add, map(add, ri[i:j], cj[i + 1:j + 1]), split))
            ri[j] = v
            cj[i] = v
    return rows[0][n - 1]
