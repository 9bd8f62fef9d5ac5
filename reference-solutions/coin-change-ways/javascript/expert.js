function countWays(coins, amount) {
  const MOD = 1000000007;
  // Counts stay below MOD < 2^30 (small integers for V8) and the sum of two fits an int32, so
  // one conditional subtraction replaces the modulo; the table is a typed array.
  const ways = new Int32Array(amount + 1);
  ways[0] = 1;
  const k = coins.length;
  for (let i = 0; i < k; i++) {
    const c = coins[i];
    if (c > amount) continue;
    for (let a = c, b = 0; a <= amount; a++, b++) {
      let v = ways[a] + ways[b];
      if (v >= MOD) v -= MOD;
      ways[a] = v;
    }
  }
  return ways[amount];
}
