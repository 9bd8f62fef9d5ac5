import sys
from bisect import bisect_right
from math import atan2


def main():
    # The fan of triangles from vertex 0: p must lie in the wedge between the rays to vertex 1
    # and to vertex n - 1; the triangle (0, i, i + 1) whose wedge holds p is found by a binary
    # search in C (bisect) over the rays' angles, measured from the ray to vertex 1 (they rise
    # from 0 to below pi), then checked and, if rounding put it one off, moved with exact cross
    # products; the edge from i to i + 1 decides. Coordinates are taken relative to vertex 0,
    # as floats: they are below 2^22 in size, so every product and difference is an integer
    # under 2^53 and exact.
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    coords = list(map(float, data[1:1 + 2 * n]))
    x0, y0 = coords[0], coords[1]
    ax = [x - x0 for x in coords[0::2]]
    ay = [y - y0 for y in coords[1::2]]
    q = int(data[1 + 2 * n])
    qs = list(map(float, data[2 + 2 * n:2 + 2 * n + 2 * q]))
    x1, y1 = ax[1], ay[1]
    xn, yn = ax[n - 1], ay[n - 1]
    len1 = x1 * x1 + y1 * y1
    lenn = xn * xn + yn * yn
    # angle[k] is the angle of the ray to vertex k + 1, seen from the ray to vertex 1
    angle = [atan2(x1 * y - y1 * x, x1 * x + y1 * y) for x, y in zip(ax[1:], ay[1:])]
    top = n - 2
    out = []
    push = out.append
    for px, py in zip(qs[0::2], qs[1::2]):
        dx = px - x0
        dy = py - y0
        first = x1 * dy - y1 * dx
        last = xn * dy - yn * dx
        if first < 0 or last > 0:
            push('OUTSIDE')
        elif first == 0:
            push('BOUNDARY' if dx * x1 + dy * y1 <= len1 else 'OUTSIDE')
        elif last == 0:
            push('BOUNDARY' if dx * xn + dy * yn <= lenn else 'OUTSIDE')
        else:
            # lo: the last vertex in 1..n-2 whose ray is at or before p's direction
            lo = bisect_right(angle, atan2(first, x1 * dx + y1 * dy), 0, top)
            if lo < 1:
                lo = 1
            while lo > 1 and ax[lo] * dy - ay[lo] * dx < 0:
                lo -= 1
            while lo < top and ax[lo + 1] * dy - ay[lo + 1] * dx >= 0:
                lo += 1
            lx = ax[lo]
            ly = ay[lo]
            c = (ax[lo + 1] - lx) * (dy - ly) - (ay[lo + 1] - ly) * (dx - lx)
            push('INSIDE' if c > 0 else 'BOUNDARY' if c == 0 else 'OUTSIDE')
    sys.stdout.write('\n'.join(out))
    sys.stdout.write('\n')


main()
