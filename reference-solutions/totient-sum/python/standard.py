from math import isqrt


def totient_sum(n):
    # Phi(v) = sum of phi(k) for k <= v satisfies v (v + 1) / 2 = sum over d >= 1 of Phi(v // d)
    # (every pair a <= b <= v counted by gcd). Phi is sieved directly up to L ~ n^(2/3); above L
    # only the values Phi(n // i), i <= K, are needed, found from i = K down to 1, each summing
    # over the O(sqrt(n / i)) blocks of d with equal v // d: O(n^(2/3)) in all.
    if n <= 0:
        return 0
    L = min(n, max(int(n ** (2 / 3)), isqrt(n) + 1))
    phi = list(range(L + 1))
    for p in range(2, L + 1):
        if phi[p] == p:  # untouched so far: p is prime
            phi[p::p] = [x - x // p for x in phi[p::p]]
    small = [0] * (L + 1)  # small[v] = Phi(v) for v <= L
    for v in range(1, L + 1):
        small[v] = small[v - 1] + phi[v]
    if n <= L:
        return small[n]
    K = n // (L + 1)  # n // i > L exactly for i <= K
    big = [0] * (K + 1)  # big[i] = Phi(n // i)
    for i in range(K, 0, -1):
        v = n // i
        total = v * (v + 1) // 2
        d = 2
        while d <= v:
            q = v // d
            last = v // q  # the largest d' with v // d' = q
            total -= (last - d + 1) * (small[q] if q <= L else big[n // q])
            d = last + 1
        big[i] = total
    return big[1]
