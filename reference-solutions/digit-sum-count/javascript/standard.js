function countDigitSum(n, s) {
  // ways[t] = number of k-digit strings (leading zeros allowed) with digit sum t, for
  // k = 0, 1, ... . Position i of n (from the left) frees k = n.length - 1 - i positions, so
  // the positions are visited from the right while k grows and one row is kept. Running sums
  // of the row give every window sum as a difference.
  const MOD = 1000000007;
  const length = n.length;
  const digits = n.split('').map(Number);
  const prefix = [0];
  for (let i = 0; i < length; i++) prefix.push(prefix[i] + digits[i]);
  let count = prefix[length] === s ? 1 : 0;
  let ways = new Array(s + 1).fill(0);
  ways[0] = 1;
  for (let k = 0; k < length; k++) {
    const i = length - 1 - k;
    const run = [0]; // run[t] = ways[0] + ... + ways[t - 1], modulo MOD
    for (let t = 0; t <= s; t++) run.push((run[t] + ways[t]) % MOD);
    const hi = s - prefix[i];
    if (hi >= 0 && digits[i] > 0) {
      count = (count + run[hi + 1] - run[Math.max(0, hi - digits[i] + 1)] + MOD) % MOD;
    }
    const next = [];
    for (let t = 0; t <= s; t++) next.push((run[t + 1] - run[Math.max(0, t - 9)] + MOD) % MOD);
    ways = next;
  }
  return count;
}
