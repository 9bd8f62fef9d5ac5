from math import isqrt


def count_primes_in_range(lo, hi):
    # Sieve of Eratosthenes over all of 0..hi, then count the primes from lo on.
    if hi < 2:
        return 0
    sieve = bytearray([1]) * (hi + 1)
    sieve[0] = sieve[1] = 0
    for p in range(2, isqrt(hi) + 1):
        if sieve[p]:
            sieve[p * p::p] = bytes(len(range(p * p, hi + 1, p)))
    return sieve.count(1, lo)
