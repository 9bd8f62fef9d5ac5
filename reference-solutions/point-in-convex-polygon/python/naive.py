import sys

# Test each query against every edge: outside if it is to the right of some edge, on the
# boundary if it is on the line of some edge and to the right of none, else inside.
n = int(sys.stdin.readline())
poly = [tuple(map(int, sys.stdin.readline().split())) for _ in range(n)]
q = int(sys.stdin.readline())
for _ in range(q):
    px, py = map(int, sys.stdin.readline().split())
    state = 'INSIDE'
    for i in range(n):
        ax, ay = poly[i]
        bx, by = poly[(i + 1) % n]
        c = (bx - ax) * (py - ay) - (by - ay) * (px - ax)
        if c < 0:
            state = 'OUTSIDE'
            break
        if c == 0:
            state = 'BOUNDARY'
    print(state)
