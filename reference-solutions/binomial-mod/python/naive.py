from math import comb

MOD = 1_000_000_007


def binomial_mod(queries):
    # Exact binomial coefficient (a huge integer), then reduce.
    result = []
    for n, k in queries:
        result.append(comb(n, k) % MOD)
    return result
