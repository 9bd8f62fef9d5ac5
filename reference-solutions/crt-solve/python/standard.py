def ext_gcd(a, b):
    # Returns (g, s) with s * a = g (mod b), g = gcd(a, b): the extended Euclidean algorithm.
    s0, s1 = 1, 0
    while b:
        q = a // b
        a, b = b, a - q * b
        s0, s1 = s1, s0 - q * s1
    return a, s0


def crt_solve(remainders, moduli):
    # Merge the congruences one by one. x = X (mod M) and x = r (mod m) agree iff
    # g = gcd(M, m) divides r - X; then x = X + M * ((r - X) / g * s mod m / g) (mod lcm),
    # with s * M = g (mod m) from the extended Euclidean algorithm (run on M mod m).
    x, M = 0, 1
    for r, m in zip(remainders, moduli):
        g, s = ext_gcd(M % m, m)
        if (r - x) % g != 0:
            return -1
        lcm = M // g * m
        x = (x + (r - x) // g * s % (m // g) * M) % lcm
        M = lcm
    return x
