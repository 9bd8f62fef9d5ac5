from operator import mul


def _half(seq):
    # One monotone-chain pass with the cross product inlined and a running length.
    h = []
    pop = h.pop
    push = h.append
    k = 0
    for p in seq:
        px, py = p
        while k >= 2:
            ax, ay = h[-2]
            bx, by = h[-1]
            if (bx - ax) * (py - ay) - (by - ay) * (px - ax) > 0:
                break
            pop()
            k -= 1
        push(p)
        k += 1
    return h


def hull_area2(points):
    pts = sorted(set(points))
    if len(pts) < 3:
        return 0
    hull = _half(pts)[:-1] + _half(pts[::-1])[:-1]
    xs = [p[0] for p in hull]
    ys = [p[1] for p in hull]
    # Shoelace formula with C-level map/sum over the rotated coordinate lists.
    return abs(sum(map(mul, xs, ys[1:] + ys[:1])) - sum(map(mul, ys, xs[1:] + xs[:1])))
