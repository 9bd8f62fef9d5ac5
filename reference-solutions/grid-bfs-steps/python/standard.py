import sys
from collections import deque


def main():
    input = sys.stdin.readline
    R, C = map(int, input().split())
    grid = [input().rstrip("\n") for _ in range(R)]
    for r in range(R):
        c = grid[r].find("S")
        if c >= 0:
            sr, sc = r, c
        c = grid[r].find("T")
        if c >= 0:
            tr, tc = r, c

    # Breadth-first search from S; dist doubles as the visited mark.
    dist = [[-1] * C for _ in range(R)]
    dist[sr][sc] = 0
    queue = deque([(sr, sc)])
    while queue:
        r, c = queue.popleft()
        if r == tr and c == tc:
            break
        d = dist[r][c] + 1
        if r > 0 and dist[r - 1][c] < 0 and grid[r - 1][c] != "#":
            dist[r - 1][c] = d
            queue.append((r - 1, c))
        if r + 1 < R and dist[r + 1][c] < 0 and grid[r + 1][c] != "#":
            dist[r + 1][c] = d
            queue.append((r + 1, c))
        if c > 0 and dist[r][c - 1] < 0 and grid[r][c - 1] != "#":
            dist[r][c - 1] = d
            queue.append((r, c - 1))
        if c + 1 < C and dist[r][c + 1] < 0 and grid[r][c + 1] != "#":
            dist[r][c + 1] = d
            queue.append((r, c + 1))
    print(dist[tr][tc])


main()
