from itertools import compress
from math import isqrt


def count_primes_in_range(lo, hi):
    # Segmented sieve over the odd numbers only: index j of the segment stands for first + 2j.
    # The odd primes up to sqrt(hi) come from an odd-only sieve and are listed by compress (C).
    if hi < 2:
        return 0
    count = 1 if lo <= 2 else 0
    first = max(lo, 3) | 1  # first odd number >= max(lo, 3)
    if first > hi:
        return count
    size = (hi - first) // 2 + 1
    root = isqrt(hi)
    half = (root + 1) >> 1  # odd numbers 1, 3, ..., <= root (when root >= 1)
    small = bytearray([1]) * half
    small[0] = 0
    for i in range(1, (isqrt(root) + 1) >> 1):
        if small[i]:
            p = 2 * i + 1
            small[p * p >> 1::p] = bytes(len(range(p * p >> 1, half, p)))
    seg = bytearray([1]) * size
    for p in compress(range(1, 2 * half, 2), small):
        start = p * p
        if start < first:
            start = first + (-first) % p  # first multiple of p >= first
            if not start & 1:
                start += p  # the odd one
        j = (start - first) >> 1
        if j < size:
            seg[j::p] = bytes(len(range(j, size, p)))
    return count + seg.count(1)
