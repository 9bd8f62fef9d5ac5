import sys

MOD = 1_000_000_007


def main():
    data = sys.stdin.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = data[2:2 + rows]
    # ways[j] = number of paths to cell (i, j) of the current row i.
    ways = [0] * cols
    ways[0] = 1
    for i in range(rows):
        row = grid[i]
        for j in range(cols):
            if row[j] == '#':
                ways[j] = 0
            elif j > 0:
                ways[j] = (ways[j] + ways[j - 1]) % MOD
    print(ways[cols - 1])


main()
