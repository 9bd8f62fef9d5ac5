from bisect import bisect_left, bisect_right, insort
from math import isqrt


def closest_pair(points):
    # Sweep line: visit points by x, keep the points within the current best distance of the
    # sweep line in a list sorted by (y, x), and compare each new point only with the active
    # points whose y is within the best distance. O(n log n) comparisons.
    pts = sorted(points)
    best = float("inf")
    active = []
    left = 0
    for x, y in pts:
        while left < len(pts):
            lx, ly = pts[left]
            dx = x - lx
            if dx * dx < best:
                break
            del active[bisect_left(active, (ly, lx))]
            left += 1
        if best == float("inf"):
            lo, hi = 0, len(active)
        else:
            r = isqrt(best - 1)  # dy * dy < best  <=>  |dy| <= r
            lo = bisect_left(active, (y - r,))
            hi = bisect_right(active, (y + r, float("inf")))
        for k in range(lo, hi):
            qy, qx = active[k]
            dx = qx - x
            dy = qy - y
            d = dx * dx + dy * dy
            if d < best:
                best = d
                if d == 0:
                    return 0
        insort(active, (y, x))
    return best
