MOD = 1_000_000_007


def binomial_mod(queries):
    # Factorials, modular inverses of 1..N by the recurrence inv[i] = -(MOD // i) * inv[MOD % i],
    # and inverse factorials, all in one linear pass; then C(n, k) = n! / (k! (n-k)!).
    if not queries:
        return []
    top = max(n for n, k in queries)
    fact = [1] * (top + 2)
    inv = [1] * (top + 2)
    inv_fact = [1] * (top + 2)
    for i in range(2, top + 1):
        fact[i] = fact[i - 1] * i % MOD
        inv[i] = (MOD - (MOD // i) * inv[MOD % i] % MOD) % MOD
        inv_fact[i] = inv_fact[i - 1] * inv[i] % MOD
    result = []
    for n, k in queries:
        if k > n:
            result.append(0)
        else:
            result.append(fact[n] * inv_fact[k] % MOD * inv_fact[n - k] % MOD)
    return result
