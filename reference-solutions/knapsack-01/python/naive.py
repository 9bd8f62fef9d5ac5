def knapsack(weights, values, capacity):
    n = len(weights)
    # dp[i][c] = best value using the first i items with capacity c.
    dp = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        for c in range(capacity + 1):
            if i == 0 or c == 0:
                dp[i][c] = 0
            elif weights[i - 1] <= c:
                dp[i][c] = max(values[i - 1] + dp[i - 1][c - weights[i - 1]], dp[i - 1][c])
            else:
                dp[i][c] = dp[i - 1][c]
    return dp[n][capacity]
