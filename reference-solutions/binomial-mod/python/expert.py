MOD = 1_000_000_007


def binomial_mod(queries):
    # Factorials forward; one Fermat inverse of the largest factorial; inverse factorials
    # backward with a single multiplication each. Queries in a comprehension with one reduction.
    if not queries:
        return []
    mod = MOD
    top = max([n for n, _ in queries])
    fact = [1] * (top + 1)
    f = 1
    for i in range(1, top + 1):
        f = f * i % mod
        fact[i] = f
    inv_fact = [1] * (top + 1)
    x = pow(f, mod - 2, mod)
    for i in range(top, 0, -1):
        inv_fact[i] = x
        x = x * i % mod
    return [fact[n] * inv_fact[k] * inv_fact[n - k] % mod if k <= n else 0 for n, k in queries]
