from itertools import accumulate

MOD = 1_000_000_007


def count_digit_sum(n, s):
    # ways[t] = number of k-digit strings (leading zeros allowed) with digit sum t, for
    # k = 0, 1, ... . Position i of n (from the left) frees k = len(n) - 1 - i positions, so the
    # positions are visited from the right while k grows and one row is kept. Running sums of
    # the row give every window sum as a difference; counts stay exact and are reduced at the end.
    length = len(n)
    digits = [int(c) for c in n]
    prefix = [0] * (length + 1)  # prefix[i] = digit sum of n[:i]
    for i in range(length):
        prefix[i + 1] = prefix[i] + digits[i]
    count = 1 if prefix[length] == s else 0
    ways = [1] + [0] * s
    for k in range(length):
        i = length - 1 - k
        run = list(accumulate(ways, initial=0))  # run[t] = ways[0] + ... + ways[t - 1]
        # Digits d < digits[i] at position i leave the sum s - prefix[i] - d for the k positions.
        hi = s - prefix[i]
        if hi >= 0 and digits[i]:
            count += run[hi + 1] - run[max(0, hi - digits[i] + 1)]
        ways = [run[t + 1] - run[t - 9] if t >= 9 else run[t + 1] for t in range(s + 1)]
    return count % MOD
