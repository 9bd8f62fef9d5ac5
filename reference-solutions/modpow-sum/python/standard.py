def modpow_sum(bases, exps, m):
    # Built-in three-argument pow does square-and-multiply: O(log e) per term.
    total = 0
    for a, e in zip(bases, exps):
        total = (total + pow(a, e, m)) % m
    return total
