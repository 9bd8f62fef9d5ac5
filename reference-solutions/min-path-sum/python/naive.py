def min_path_sum(grid):
    rows = len(grid)
    cols = len(grid[0])
    # best[(i, j)] = cheapest path cost to (i, j); every cell's answer is kept.
    best = {}
    for i in range(rows):
        for j in range(cols):
            options = []
            if i > 0:
                options.append(best[(i - 1, j)])
            if j > 0:
                options.append(best[(i, j - 1)])
            best[(i, j)] = grid[i][j] + (min(options) if options else 0)
    return best[(rows - 1, cols - 1)]
