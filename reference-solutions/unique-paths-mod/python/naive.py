MOD = 1_000_000_007


def count_king_paths(grid):
    # The whole table: ways[i][j] = paths to cell (i, j), from the cell above, the cell to the
    # left and the cell diagonally up-left.
    rows = len(grid)
    cols = len(grid[0])
    ways = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            if grid[i][j] == '#':
                ways[i][j] = 0
            elif i == 0 and j == 0:
                ways[i][j] = 1
            else:
                total = 0
                if i > 0:
                    total += ways[i - 1][j]
                if j > 0:
                    total += ways[i][j - 1]
                if i > 0 and j > 0:
                    total += ways[i - 1][j - 1]
                ways[i][j] = total % MOD
    return ways[rows - 1][cols - 1]
