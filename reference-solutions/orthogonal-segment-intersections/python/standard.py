import sys
from bisect import bisect_left, bisect_right, insort


def main():
    # Sweep a vertical line from left to right. Events at one x: horizontal segments starting
    # there enter, then vertical segments there count the present y values in [y1, y2], then
    # horizontal segments ending there leave. The present y values stay in a sorted list.
    lines = sys.stdin.read().splitlines()
    h, v = map(int, lines[0].split())
    events = []
    for line in lines[1:1 + h]:
        y, x1, x2 = map(int, line.split())
        events.append((x1, 0, y, 0))
        events.append((x2, 2, y, 0))
    for line in lines[1 + h:1 + h + v]:
        x, y1, y2 = map(int, line.split())
        events.append((x, 1, y1, y2))
    events.sort()
    active = []
    count = 0
    for _, kind, a, b in events:
        if kind == 0:
            insort(active, a)
        elif kind == 2:
            active.pop(bisect_left(active, a))
        else:
            count += bisect_right(active, b) - bisect_left(active, a)
    print(count)


main()
