import sys


def main():
    data = sys.stdin.read().split()
    rows, cols = int(data[0]), int(data[1])
    # Each row as a mutable list of characters; a land cell is sunk (turned into water) when
    # it is pushed, so the grid is its own visited set. Depth-first search, explicit stack.
    grid = [list(line) for line in data[2:2 + rows]]
    islands = 0
    largest = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != '#':
                continue
            islands += 1
            grid[r][c] = '.'
            stack = [(r, c)]
            size = 0
            while stack:
                y, x = stack.pop()
                size += 1
                if y > 0 and grid[y - 1][x] == '#':
                    grid[y - 1][x] = '.'
                    stack.append((y - 1, x))
                if y + 1 < rows and grid[y + 1][x] == '#':
                    grid[y + 1][x] = '.'
                    stack.append((y + 1, x))
                if x > 0 and grid[y][x - 1] == '#':
                    grid[y][x - 1] = '.'
                    stack.append((y, x - 1))
                if x + 1 < cols and grid[y][x + 1] == '#':
                    grid[y][x + 1] = '.'
                    stack.append((y, x + 1))
            if size > largest:
                largest = size
    print(islands, largest)


main()
