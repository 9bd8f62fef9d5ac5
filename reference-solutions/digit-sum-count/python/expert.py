from itertools import accumulate
from operator import sub

MOD = 1_000_000_007


def count_digit_sum(n, s):
    # ways[t] = number of k-digit strings (leading zeros allowed) with digit sum t, for
    # k = 0, 1, ...; position i of n (from the left) frees k = len(n) - 1 - i positions, so the
    # positions are visited from the right while k grows and one row is kept. One running
    # sum of the row (in C, by accumulate) answers position i's window in O(1) and gives the
    # next row as differences of running sums ten apart. Counts stay below 10^100, exact ints,
    # reduced once at the end.
    length = len(n)
    if s > 9 * length:
        return 0
    digits = [ord(c) - 48 for c in n]
    prefix = list(accumulate(digits, initial=0))  # prefix[i] = digit sum of n[:i]
    count = 1 if prefix[length] == s else 0
    ways = [1] + [0] * s
    zeros = [0] * 10
    for k in range(length):
        i = length - 1 - k
        run = list(accumulate(ways, initial=0))  # run[t] = ways[0] + ... + ways[t - 1]
        hi = s - prefix[i]
        if hi >= 0 and digits[i]:
            lo = hi - digits[i] + 1
            count += run[hi + 1] - run[lo if lo > 0 else 0]
        # next[t] = ways[t - 9] + ... + ways[t] = run[t + 1] - run[t - 9] (run[0] = 0 below)
        ways = list(map(sub, run[1:], zeros + run[1:s - 8]))
    return count % MOD
