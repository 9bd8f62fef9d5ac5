MOD = 1_000_000_007


def count_ways(coins, amount):
    # ways[a] = number of ways to pay a with the coins processed so far; going upwards lets
    # each coin be reused any number of times while each combination is counted once.
    ways = [0] * (amount + 1)
    ways[0] = 1
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] = (ways[a] + ways[a - c]) % MOD
    return ways[amount]
