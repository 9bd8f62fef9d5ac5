from itertools import accumulate, chain
from operator import itemgetter


def diagonal_checksum(grid):
    # In the row-major flattening, anti-diagonal d is an arithmetic run with step C - 1: from
    # (first, d - first) down to (last, d - last), first = max(0, d - C + 1), last = min(d, R - 1).
    # Each diagonal is one extended slice (a negative step for the upward, even ones). The
    # weighted sum is the sum of the suffix sums (v_k is in k of them), all summed in C.
    rows = len(grid)
    if rows == 0:
        return 0
    cols = len(grid[0])
    if cols == 1:
        order = list(map(itemgetter(0), grid))
    else:
        flat = list(chain.from_iterable(grid))
        step = cols - 1
        order = []
        for d in range(rows + cols - 1):
            first = d - cols + 1 if d >= cols else 0
            last = d if d < rows else rows - 1
            top = first * cols + d - first
            bottom = last * cols + d - last
            if d & 1:
                order += flat[top : bottom + 1 : step]
            else:
                order += flat[bottom : top - 1 if top else None : -step]
    return sum(accumulate(reversed(order)))
