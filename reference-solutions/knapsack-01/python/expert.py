def knapsack(weights, values, capacity):
    # dp[c] = best value with total weight at most c, kept only up to `reach`, the largest
    # capacity the items seen so far can fill (any larger capacity has the value dp[reach]).
    dp = [0]
    reach = 0
    for w, v in zip(weights, values):
        if w > capacity:
            continue
        if reach < capacity:
            grow = min(capacity, reach + w) - reach
            dp += [dp[reach]] * grow
            reach += grow
        # One pass in a list comprehension: new dp[c] = max(dp[c], dp[c - w] + v) for c >= w,
        # reading only old values because the right side is built before the slice is replaced.
        dp[w:] = [a if a > b + v else b + v for a, b in zip(dp[w:], dp)]
    return dp[reach]
