import sys
from math import isqrt


def main():
    # Smallest-prime-factor sieve up to the largest query (0 marks a prime; each prime p, from
    # the largest down, writes itself over its multiples from p * p on, so the smallest factor
    # writes last), then factor every query by repeated lookups.
    data = sys.stdin.read().split()
    q = int(data[0])
    xs = [int(t) for t in data[1:1 + q]]
    top = max(xs)
    root = isqrt(top)
    is_prime = [True] * (root + 1)
    primes = []
    for p in range(2, root + 1):
        if is_prime[p]:
            primes.append(p)
            for m in range(p * p, root + 1, p):
                is_prime[m] = False
    spf = [0] * (top + 1)
    for p in reversed(primes):
        spf[p * p::p] = [p] * len(range(p * p, top + 1, p))
    out = []
    for x in xs:
        result = x
        while x > 1:
            p = spf[x] or x
            result = result // p * (p - 1)
            while x % p == 0:
                x //= p
        out.append(result)
    print('\n'.join(map(str, out)))


main()
