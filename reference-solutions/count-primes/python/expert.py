from math import isqrt


def count_primes(n):
    # Odd-only sieve: index j stands for 2j + 1, so half the memory and no work for 2.
    if n < 3:
        return 0
    half = n >> 1  # odd numbers below n: 1, 3, ..., (2 * half - 1)
    sieve = bytearray([1]) * half
    sieve[0] = 0  # 1 is not prime
    last = half - 1
    for i in range(3, isqrt(n - 1) + 1, 2):
        if sieve[i >> 1]:
            start = (i * i) >> 1
            sieve[start::i] = bytes((last - start) // i + 1)
    return sieve.count(1) + 1  # + 1 for the prime 2
