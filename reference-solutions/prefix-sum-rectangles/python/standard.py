from itertools import accumulate


def rectangle_sums(grid, queries):
    # Prefix sums of each row: a rectangle is one subtraction per row it spans.
    pre = [[0, *accumulate(row)] for row in grid]
    sums = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            row = pre[r]
            total += row[c2 + 1] - row[c1]
        sums.append(total)
    return sums
