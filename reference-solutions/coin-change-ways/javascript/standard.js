function countWays(coins, amount) {
  const MOD = 1000000007;
  // ways[a] = number of ways to pay a with the coins processed so far; going upwards lets each
  // coin be reused any number of times while each combination is counted once.
  const ways = new Array(amount + 1).fill(0);
  ways[0] = 1;
  for (const c of coins) {
    for (let a = c; a <= amount; a++) {
      ways[a] = (ways[a] + ways[a - c]) % MOD;
    }
  }
  return ways[amount];
}
