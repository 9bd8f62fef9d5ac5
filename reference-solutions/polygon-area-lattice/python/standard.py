from math import gcd


def polygon_lattice(xs, ys):
    # Shoelace formula in integers (twice the signed area); each edge from p to q holds
    # gcd(|dx|, |dy|) lattice points besides p; Pick's theorem 2A = 2I + B - 2 gives I.
    n = len(xs)
    twice = 0
    boundary = 0
    for i in range(n):
        j = (i + 1) % n
        twice += xs[i] * ys[j] - xs[j] * ys[i]
        boundary += gcd(xs[j] - xs[i], ys[j] - ys[i])
    twice = abs(twice)
    return (twice, boundary, (twice - boundary + 2) // 2)
