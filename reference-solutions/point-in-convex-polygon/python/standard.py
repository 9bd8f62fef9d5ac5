import sys


def main():
    # The fan of triangles from vertex 0: p must lie in the wedge between the rays to vertex 1
    # and to vertex n - 1; a binary search finds the triangle (0, i, i + 1) whose wedge holds
    # p; then the edge from i to i + 1 decides. Coordinates are taken relative to vertex 0.
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    coords = list(map(int, data[1:1 + 2 * n]))
    x0, y0 = coords[0], coords[1]
    ax = [x - x0 for x in coords[0::2]]
    ay = [y - y0 for y in coords[1::2]]
    q = int(data[1 + 2 * n])
    qs = list(map(int, data[2 + 2 * n:2 + 2 * n + 2 * q]))
    x1, y1 = ax[1], ay[1]
    xn, yn = ax[n - 1], ay[n - 1]
    len1 = x1 * x1 + y1 * y1
    lenn = xn * xn + yn * yn
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
            lo = 1
            hi = n - 1
            while hi - lo > 1:
                mid = (lo + hi) >> 1
                if ax[mid] * dy - ay[mid] * dx >= 0:
                    lo = mid
                else:
                    hi = mid
            lx = ax[lo]
            ly = ay[lo]
            c = (ax[hi] - lx) * (dy - ly) - (ay[hi] - ly) * (dx - lx)
            push('INSIDE' if c > 0 else 'BOUNDARY' if c == 0 else 'OUTSIDE')
    sys.stdout.write('\n'.join(out))
    sys.stdout.write('\n')


main()
