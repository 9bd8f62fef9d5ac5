def modpow_sum(bases, exps, m):
    # Multiply the base in e times, reducing as we go.
    total = 0
    for i in range(len(bases)):
        result = 1 % m
        for _ in range(exps[i]):
            result = result * bases[i] % m
        total = (total + result) % m
    return total
