function countWays(coins, amount) {
  const MOD = 1000000007;
  // Row by row over the coins: cur[a] = ways to pay a with the coins so far. Either the new
  // coin is not used (prev[a]) or it is used once more on top of a way to pay a - coin with
  // the same coins (cur[a - coin]).
  let prev = new Array(amount + 1).fill(0);
  prev[0] = 1;
  for (const c of coins) {
    const cur = new Array(amount + 1);
    for (let a = 0; a <= amount; a++) {
      cur[a] = a >= c ? (prev[a] + cur[a - c]) % MOD : prev[a];
    }
    prev = cur;
  }
  return prev[amount];
}
