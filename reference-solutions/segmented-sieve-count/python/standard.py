from math import isqrt


def count_primes_in_range(lo, hi):
    # Segmented sieve: the primes up to sqrt(hi) cross off their multiples inside [lo, hi].
    if hi < 2:
        return 0
    lo = max(lo, 2)
    root = isqrt(hi)
    small = bytearray([1]) * (root + 1)
    small[0:2] = b'\x00\x00'
    for p in range(2, isqrt(root) + 1):
        if small[p]:
            small[p * p::p] = bytes(len(range(p * p, root + 1, p)))
    seg = bytearray([1]) * (hi - lo + 1)
    for p in range(2, root + 1):
        if small[p]:
            start = max(p * p, (lo + p - 1) // p * p)
            if start <= hi:
                seg[start - lo::p] = bytes(len(range(start, hi + 1, p)))
    return seg.count(1)
