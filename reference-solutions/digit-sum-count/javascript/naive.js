function countDigitSum(n, s) {
  // ways[k][t] = number of k-digit strings (leading zeros allowed) with digit sum t, the whole
  // table filled digit by digit. Then walk n from the left: at position i, every digit d below
  // n[i] frees the remaining positions.
  const MOD = 1000000007;
  const length = n.length;
  const ways = [];
  for (let k = 0; k <= length; k++) ways.push(new Array(s + 1).fill(0));
  ways[0][0] = 1;
  for (let k = 1; k <= length; k++) {
    for (let t = 0; t <= s; t++) {
      let total = 0;
      for (let d = 0; d < 10; d++) if (t - d >= 0) total += ways[k - 1][t - d];
      ways[k][t] = total % MOD;
    }
  }
  let count = 0;
  let prefix = 0;
  for (let i = 0; i < length; i++) {
    const digit = Number(n[i]);
    for (let d = 0; d < digit; d++) {
      const rest = s - prefix - d;
      if (rest >= 0) count = (count + ways[length - 1 - i][rest]) % MOD;
    }
    prefix += digit;
  }
  if (prefix === s) count = (count + 1) % MOD;
  return count;
}
