from itertools import accumulate
from operator import add

MOD = 1_000_000_007


def count_ways(coins, amount):
    # Processing coin c, ways[a] += ways[a - c] for increasing a is a running sum along each
    # residue class mod c, so it runs in C: accumulate over the stride-c slices when there are
    # few classes, or block by block (each block adds the already updated block before it) when
    # c is large. Python ints do not overflow, so the modulo is only taken once the entries may
    # have grown past a few machine words.
    m = amount + 1
    ways = [0] * m
    ways[0] = 1
    bound = 1  # every entry is below bound * MOD
    for c in coins:
        if c > amount:
            continue
        if c * c <= m:
            for r in range(c):
                ways[r::c] = accumulate(ways[r::c])
        else:
            for k in range(c, m, c):
                ways[k:k + c] = map(add, ways[k:k + c], ways[k - c:k])
        bound *= amount // c + 1
        if bound > 1 << 120:
            ways = [x % MOD for x in ways]
            bound = 1
    return ways[amount] % MOD
