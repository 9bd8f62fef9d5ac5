function knapsack(weights, values, capacity) {
  // dp[c] = best value with total weight at most c (sums stay below 2^53, so numbers are
  // exact), kept only up to `reach`, the largest capacity the items seen so far can fill: any
  // larger capacity has the value dp[reach], so the loops never touch it. A plain array: V8's
  // baseline code boxes every double read from a Float64Array.
  const dp = [0];
  let reach = 0;
  const n = weights.length;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w > capacity) continue;
    const v = values[i];
    if (reach < capacity) {
      const top = Math.min(capacity, reach + w);
      const fill = dp[reach];
      for (let c = reach + 1; c <= top; c++) dp.push(fill);
      reach = top;
    }
    for (let c = reach, b = reach - w; b >= 0; c--, b--) {
      const t = dp[b] + v;
      if (t > dp[c]) dp[c] = t;
    }
  }
  return dp[reach];
}
