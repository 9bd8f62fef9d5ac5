from itertools import accumulate, repeat
from math import isqrt
from operator import floordiv, mul, sub


def totient_sum(n):
    # Phi(v) = sum of phi(k) for k <= v satisfies v (v + 1) / 2 = sum over d >= 1 of Phi(v // d)
    # (every pair a <= b <= v counted by gcd). Phi is sieved directly up to L ~ n^(2/3); above L
    # only the values Phi(n // i), i <= K, are needed, found from i = K down to 1, each from
    # O(sqrt(n / i)) smaller ones: O(n^(2/3)) in all. Every inner loop runs in C (map, slices);
    # the factor 0.7 in L balances the sieve's cost per number against the sums' (measured).
    if n <= 0:
        return 0
    L = min(n, max(int(0.7 * n ** (2 / 3)), isqrt(n) + 1))
    phi = list(range(L + 1))
    for p in range(2, L + 1):
        if phi[p] == p:  # untouched so far: p is prime
            seg = phi[p::p]
            phi[p::p] = map(sub, seg, map(floordiv, seg, repeat(p)))
    small = list(accumulate(phi))  # small[v] = Phi(v) for v <= L
    if n <= L:
        return small[n]
    K = n // (L + 1)  # n // i > L exactly for i <= K
    big = [0] * (K + 1)  # big[i] = Phi(n // i)
    at = small.__getitem__
    for i in range(K, 0, -1):
        v = n // i
        s = isqrt(v)
        # d = 2..s: Phi(v // d) = big[i * d] while i * d <= K (a strided slice), else small.
        top = min(s, K // i)
        total = v * (v + 1) // 2 - sum(big[2 * i:i * top + 1:i])
        total -= sum(map(at, map(floordiv, repeat(v), range(top + 1, s + 1))))
        # d > s: with q = v // d <= qmax = v // (s + 1), summing by parts gives
        # sum over q <= qmax of (v // q) * phi(q), less s * Phi(qmax).
        qmax = v // (s + 1)
        total -= sum(map(mul, map(floordiv, repeat(v, qmax), range(1, qmax + 1)), phi[1:qmax + 1])) - s * small[qmax]
        big[i] = total
    return big[1]
