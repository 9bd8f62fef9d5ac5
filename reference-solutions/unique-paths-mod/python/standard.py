MOD = 1_000_000_007


def count_king_paths(grid):
    # Two rows: prev holds row i - 1, cur is filled left to right for row i.
    cols = len(grid[0])
    prev = [0] * cols
    for i, row in enumerate(grid):
        cur = [0] * cols
        for j in range(cols):
            if row[j] == '#':
                continue
            if i == 0 and j == 0:
                cur[j] = 1
            elif j == 0:
                cur[j] = prev[j]
            else:
                cur[j] = (prev[j] + cur[j - 1] + prev[j - 1]) % MOD
        prev = cur
    return prev[cols - 1]
