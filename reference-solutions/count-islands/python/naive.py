from collections import deque


def main():
    rows, cols = map(int, input().split())
    grid = [input() for _ in range(rows)]
    # Breadth-first search from every unseen land cell; seen cells are kept as (row, col) pairs.
    seen = set()
    islands = 0
    largest = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == '#' and (r, c) not in seen:
                islands += 1
                seen.add((r, c))
                queue = deque([(r, c)])
                size = 0
                while queue:
                    y, x = queue.popleft()
                    size += 1
                    for dy, dx in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == '#' and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            queue.append((ny, nx))
                largest = max(largest, size)
    print(islands, largest)


main()
