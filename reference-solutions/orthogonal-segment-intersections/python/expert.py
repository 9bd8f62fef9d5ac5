import sys
from bisect import bisect_left, bisect_right, insort


def main():
    # Sweep a vertical line from left to right over the vertical segments in x order. Before a
    # vertical segment at x is counted, every horizontal segment with x1 <= x has entered and
    # every one with x2 < x has left; the y values of those present stay in a sorted list, so
    # the count is two binary searches. Entering and leaving are binary searches plus a
    # memmove in C, cheaper in Python than a Fenwick tree's loop of updates. The columns are
    # strided slices of one list of ints; the orders come from key sorts of indices (in C).
    data = sys.stdin.buffer.read().split()
    h, v = int(data[0]), int(data[1])
    vals = list(map(int, data[2:2 + 3 * (h + v)]))
    hy, hx1, hx2 = vals[0:3 * h:3], vals[1:3 * h:3], vals[2:3 * h:3]
    vx, vy1, vy2 = vals[3 * h::3], vals[3 * h + 1::3], vals[3 * h + 2::3]
    by_start = sorted(range(h), key=hx1.__getitem__)
    start_x = list(map(hx1.__getitem__, by_start))
    start_y = list(map(hy.__getitem__, by_start))
    by_end = sorted(range(h), key=hx2.__getitem__)
    end_x = list(map(hx2.__getitem__, by_end))
    end_y = list(map(hy.__getitem__, by_end))
    active = []
    i = j = 0
    count = 0
    for k in sorted(range(v), key=vx.__getitem__):
        x = vx[k]
        while i < h and start_x[i] <= x:
            insort(active, start_y[i])
            i += 1
        while j < h and end_x[j] < x:
            del active[bisect_left(active, end_y[j])]
            j += 1
        count += bisect_right(active, vy2[k]) - bisect_left(active, vy1[k])
    print(count)


main()
