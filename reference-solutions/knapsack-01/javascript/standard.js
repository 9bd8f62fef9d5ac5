function knapsack(weights, values, capacity) {
  // dp[c] = best value with total weight at most c; capacities run downwards so that each item
  // is used at most once.
  const dp = new Array(capacity + 1).fill(0);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    const v = values[i];
    for (let c = capacity; c >= w; c--) {
      if (dp[c - w] + v > dp[c]) dp[c] = dp[c - w] + v;
    }
  }
  return dp[capacity];
}
