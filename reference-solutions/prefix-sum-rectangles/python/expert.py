from itertools import accumulate
from operator import add


def rectangle_sums(grid, queries):
    # 2D prefix sums P[r][c] = sum of grid[:r][:c]: each row's running sums added to the row
    # above by C-level maps, then four lookups per rectangle.
    prev = [0] * (len(grid[0]) + 1)
    pre = [prev]
    for row in grid:
        prev = list(map(add, prev, accumulate(row, initial=0)))
        pre.append(prev)
    return [
        (below := pre[r2 + 1])[c2 + 1] - below[c1] - (above := pre[r1])[c2 + 1] + above[c1]
        for r1, c1, r2, c2 in queries
    ]
