from fractions import Fraction


def gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def polygon_lattice(xs, ys):
    # Shoelace formula with exact fractions for the area; each edge from p to q holds
    # gcd(|dx|, |dy|) lattice points besides p; Pick's theorem A = I + B / 2 - 1 gives I.
    n = len(xs)
    area = Fraction(0)
    boundary = 0
    for i in range(n):
        j = (i + 1) % n
        area += Fraction(xs[i] * ys[j] - xs[j] * ys[i], 2)
        boundary += gcd(xs[j] - xs[i], ys[j] - ys[i])
    area = abs(area)
    interior = area - Fraction(boundary, 2) + 1
    return (int(area * 2), boundary, int(interior))
