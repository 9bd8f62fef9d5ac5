def min_path_sum(grid):
    rows = len(grid)
    cols = len(grid[0])
    # prev[j] = cheapest cost to column j of the previous row; cur is the row being filled.
    prev = [0] * cols
    prev[0] = grid[0][0]
    for j in range(1, cols):
        prev[j] = prev[j - 1] + grid[0][j]
    for i in range(1, rows):
        cur = [0] * cols
        cur[0] = prev[0] + grid[i][0]
        for j in range(1, cols):
            up = prev[j]
            left = cur[j - 1]
            cur[j] = (up if up < left else left) + grid[i][j]
        prev = cur
    return prev[cols - 1]
