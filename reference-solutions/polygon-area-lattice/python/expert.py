from math import gcd
from operator import mul, sub


def polygon_lattice(xs, ys):
    # Shoelace formula in integers: with dx, dy the steps to the next vertex,
    # x_i * y_(i+1) - x_(i+1) * y_i = x_i * dy_i - y_i * dx_i, so twice the signed area is
    # sum(x * dy) - sum(y * dx); the steps also give the boundary: an edge holds
    # gcd(|dx|, |dy|) lattice points besides its start. Pick's theorem 2A = 2I + B - 2 gives I.
    # Every per-vertex step runs in C (map over the columns).
    dx = list(map(sub, xs[1:], xs))
    dx.append(xs[0] - xs[-1])
    dy = list(map(sub, ys[1:], ys))
    dy.append(ys[0] - ys[-1])
    twice = abs(sum(map(mul, xs, dy)) - sum(map(mul, ys, dx)))
    boundary = sum(map(gcd, dx, dy))
    return (twice, boundary, (twice - boundary + 2) // 2)
