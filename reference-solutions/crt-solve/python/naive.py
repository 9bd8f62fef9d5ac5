from math import lcm


def crt_solve(remainders, moduli):
    # Merge the congruences one by one: step through x, x + M, x + 2M, ... (M the modulus of
    # the congruences merged so far) until one value fits the next congruence; after m steps
    # the values repeat modulo m, so none ever will.
    x, M = 0, 1
    for r, m in zip(remainders, moduli):
        for _ in range(m):
            if x % m == r:
                break
            x += M
        else:
            return -1
        M = lcm(M, m)
    return x
