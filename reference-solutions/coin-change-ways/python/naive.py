MOD = 1_000_000_007


def count_ways(coins, amount):
    # ways[a] = number of ways to pay a with the coins processed so far.
    ways = [1] + [0] * amount
    for c in coins:
        new = [0] * (amount + 1)
        for a in range(amount + 1):
            # Use the new coin k times, for every possible k.
            k = 0
            while k * c <= a:
                new[a] += ways[a - k * c]
                k += 1
            new[a] %= MOD
        ways = new
    return ways[amount]
