function knapsack(weights, values, capacity) {
  const n = weights.length;
  // dp[i][c] = best value using the first i items with capacity c.
  const dp = [];
  for (let i = 0; i <= n; i++) dp.push(new Array(capacity + 1).fill(0));
  for (let i = 0; i <= n; i++) {
    for (let c = 0; c <= capacity; c++) {
      if (i === 0 || c === 0) {
        dp[i][c] = 0;
      } else if (weights[i - 1] <= c) {
        dp[i][c] = Math.max(values[i - 1] + dp[i - 1][c - weights[i - 1]], dp[i - 1][c]);
      } else {
        dp[i][c] = dp[i - 1][c];
      }
    }
  }
  return dp[n][capacity];
}
