MOD = 1_000_000_007


def count_digit_sum(n, s):
    # ways[k][t] = number of k-digit strings (leading zeros allowed) with digit sum t, the whole
    # table filled digit by digit. Then walk n from the left: at position i, every digit d
    # below n[i] frees the remaining positions.
    length = len(n)
    ways = [[0] * (s + 1) for _ in range(length + 1)]
    ways[0][0] = 1
    for k in range(1, length + 1):
        for t in range(s + 1):
            total = 0
            for d in range(10):
                if t - d >= 0:
                    total += ways[k - 1][t - d]
            ways[k][t] = total % MOD
    count = 0
    prefix = 0
    for i in range(length):
        digit = int(n[i])
        for d in range(digit):
            rest = s - prefix - d
            if rest >= 0:
                count += ways[length - 1 - i][rest]
        prefix += digit
    if prefix == s:
        count += 1
    return count % MOD
