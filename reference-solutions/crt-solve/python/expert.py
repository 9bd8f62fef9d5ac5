from math import gcd


def crt_solve(remainders, moduli):
    # Merge the congruences one by one, keeping x < M (the modulus merged so far). A step needs
    # only small numbers besides two big-by-small operations: with R = M mod m and g = gcd(R, m)
    # (= gcd(M, m)), x + M * t = r (mod m) has a solution iff g divides d = r - x mod m, and
    # then t = (d / g) * (R / g)^-1 mod (m / g) is the smallest one, so x + M * t < lcm.
    x, M = 0, 1
    for r, m in zip(remainders, moduli):
        R = M % m
        g = gcd(R, m)
        d = (r - x) % m
        if d % g:
            return -1
        mg = m // g
        if mg > 1:
            x += M * (d // g * pow(R // g, -1, mg) % mg)
            M *= mg
    return x
