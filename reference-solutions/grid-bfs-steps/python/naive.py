R, C = map(int, input().split())
grid = [input() for _ in range(R)]

for r in range(R):
    for c in range(C):
        if grid[r][c] == "S":
            start = (r, c)
        if grid[r][c] == "T":
            target = (r, c)

queue = [(start, 0)]
visited = set()
visited.add(start)
answer = -1
while queue:
    (r, c), d = queue.pop(0)
    if (r, c) == target:
        answer = d
        break
    for dr, dc in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in visited:
            visited.add((nr, nc))
            queue.append(((nr, nc), d + 1))
print(answer)
