def main():
    rows, cols = map(int, input().split())
    grid = [input() for _ in range(rows)]
    # heights[r][c] = run of 1s ending at row r in column c; the whole table is built first.
    heights = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == '1':
                heights[r][c] = heights[r - 1][c] + 1 if r > 0 else 1
    best = 0
    for r in range(rows):
        # Largest rectangle under the histogram of row r: a stack of (start, height) bars.
        stack = []
        for c, h in enumerate(heights[r] + [0]):
            start = c
            while stack and stack[-1][1] >= h:
                start, top = stack.pop()
                best = max(best, top * (c - start))
            stack.append((start, h))
    print(best)


main()
