import sys

# Read the segments, then test every pair.
h, v = map(int, sys.stdin.readline().split())
horizontal = [tuple(map(int, sys.stdin.readline().split())) for _ in range(h)]
vertical = [tuple(map(int, sys.stdin.readline().split())) for _ in range(v)]
count = 0
for y, x1, x2 in horizontal:
    for x, y1, y2 in vertical:
        if x1 <= x <= x2 and y1 <= y <= y2:
            count += 1
print(count)
