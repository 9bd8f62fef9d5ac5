from itertools import accumulate


def min_path_sum(grid):
    # One rolling row. The first row is a running sum (C-level accumulate); every later row is
    # a single pass over zip(row, previous row) with the left neighbour kept in a local.
    best = list(accumulate(grid[0]))
    for row in grid[1:]:
        nxt = []
        push = nxt.append
        left = best[0]
        for cost, up in zip(row, best):
            if up < left:
                left = up
            left += cost
            push(left)
        best = nxt
    return best[-1]
