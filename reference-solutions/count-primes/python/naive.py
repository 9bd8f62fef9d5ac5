from math import isqrt


def count_primes(n):
    # Trial division of every candidate by every integer up to its square root.
    count = 0
    for k in range(2, n):
        is_prime = True
        for d in range(2, isqrt(k) + 1):
            if k % d == 0:
                is_prime = False
                break
        if is_prime:
            count += 1
    return count
