from bisect import bisect_left, insort
from math import isqrt

SHIFT = 25  # coordinates + OFF fit in 25 bits
MASK = (1 << SHIFT) - 1
OFF = 10**7


def closest_pair(points):
    # Sweep line over points sorted by x with an active list sorted by y, as in the textbook
    # version, but: duplicates are caught up front in C (answer 0), each point is packed into a
    # single int key ordered like (y, x) so bisect compares ints instead of tuples, the search
    # radius is recomputed only when the best distance improves, and the first pair seeds it.
    n = len(points)
    if len(set(points)) < n:
        return 0
    pts = sorted(points)
    xs = [p[0] for p in pts]
    keys = [((y + OFF) << SHIFT) | (x + OFF) for x, y in pts]
    x0, y0 = pts[0]
    x1, y1 = pts[1]
    best = (x1 - x0) ** 2 + (y1 - y0) ** 2
    r = isqrt(best - 1)  # |d| <= r  <=>  d * d < best
    span = (r + 1) << SHIFT  # key window wide enough for |dy| <= r (a little wider is harmless)
    active = []
    left = 0
    bl = bisect_left
    ins = insort
    for x, key in zip(xs, keys):
        while x - xs[left] > r:
            del active[bl(active, keys[left])]
            left += 1
        lo = bl(active, key - span)
        hi = bl(active, key + span, lo)
        if lo != hi:
            xk = key & MASK
            yk = key >> SHIFT
            for k in active[lo:hi]:
                dx = (k & MASK) - xk
                dy = (k >> SHIFT) - yk
                d = dx * dx + dy * dy
                if d < best:
                    best = d
                    r = isqrt(best - 1)
                    span = (r + 1) << SHIFT
        ins(active, key)
    return best
