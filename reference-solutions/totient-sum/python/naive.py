def totient_sum(n):
    # Sieve phi(k) for every k up to n (phi(k) = k * prod(1 - 1/p) over the primes p | k), then
    # add them up.
    phi = list(range(n + 1))
    for p in range(2, n + 1):
        if phi[p] == p:  # untouched so far: p is prime
            for m in range(p, n + 1, p):
                phi[m] -= phi[m] // p
    return sum(phi) - phi[0]
