function countWays(coins, amount) {
  const MOD = 1000000007;
  // ways[a] = number of ways to pay a with the coins processed so far.
  let ways = [1];
  for (let a = 1; a <= amount; a++) ways.push(0);
  for (const c of coins) {
    const next = [];
    for (let a = 0; a <= amount; a++) {
      // Use the new coin k times, for every possible k.
      let total = 0;
      for (let k = 0; k * c <= a; k++) total += ways[a - k * c];
      next.push(total % MOD);
    }
    ways = next;
  }
  return ways[amount];
}
