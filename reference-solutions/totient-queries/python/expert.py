import sys
from math import isqrt


def main():
    # Smallest-prime-factor sieve up to the largest query, one byte a number: the entry is the
    # 1-based index of the smallest prime factor among the primes up to sqrt(max) (at most 168
    # of them for 10^6), 0 when there is none, so the number is prime. Each prime, from the
    # largest down, writes its index over its multiples from p * p on (the smallest writes
    # last); the strided bytearray writes run in C. Then each query is factored by lookups.
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    xs = list(map(int, data[1:1 + q]))
    top = max(xs, default=1)
    root = isqrt(top)
    small = bytearray([1]) * (root + 1)
    for p in range(2, isqrt(root) + 1):
        if small[p]:
            small[p * p::p] = bytes(len(range(p * p, root + 1, p)))
    primes = [0] + [p for p in range(2, root + 1) if small[p]]
    spf = bytearray(top + 1)
    for k in range(len(primes) - 1, 0, -1):
        p = primes[k]
        spf[p * p::p] = bytes([k]) * len(range(p * p, top + 1, p))
    out = []
    push = out.append
    for x in xs:
        result = x
        k = spf[x]
        while k:
            p = primes[k]
            result = result // p * (p - 1)
            x //= p
            while x % p == 0:
                x //= p
            k = spf[x]
        if x > 1:  # what is left is prime
            result = result // x * (x - 1)
        push(result)
    sys.stdout.write('\n'.join(map(str, out)))
    sys.stdout.write('\n')


main()
