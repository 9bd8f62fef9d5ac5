def rectangle_sums(grid, queries):
    # Add up every cell of every rectangle.
    sums = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                total += grid[r][c]
        sums.append(total)
    return sums
