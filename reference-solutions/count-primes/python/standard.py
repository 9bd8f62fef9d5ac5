from math import isqrt


def count_primes(n):
    # Sieve of Eratosthenes over 0..n-1 with slice assignment: clear the even numbers once,
    # then for each odd prime p clear its odd multiples from p * p on (step 2p).
    if n < 3:
        return 0
    sieve = bytearray([1]) * n
    sieve[0] = sieve[1] = 0
    sieve[4::2] = bytes(len(range(4, n, 2)))
    for p in range(3, isqrt(n - 1) + 1, 2):
        if sieve[p]:
            sieve[p * p::2 * p] = bytes(len(range(p * p, n, 2 * p)))
    return sieve.count(1)
