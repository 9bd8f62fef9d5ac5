def knapsack(weights, values, capacity):
    # dp[c] = best value with total weight at most c; capacities run downwards so that each
    # item is used at most once.
    dp = [0] * (capacity + 1)
    for w, v in zip(weights, values):
        for c in range(capacity, w - 1, -1):
            if dp[c - w] + v > dp[c]:
                dp[c] = dp[c - w] + v
    return dp[capacity]
