function countDigitSum(n, s) {
  // ways[t] = number of k-digit strings (leading zeros allowed) with digit sum t, for
  // k = 0, 1, ...; position i of n (from the left) frees k = n.length - 1 - i positions, so the
  // positions are visited from the right while k grows. A typed row of running sums
  // (run[t] = ways[0] + ... + ways[t - 1], modulo MOD) answers position i's window in O(1) and
  // gives the next row as next[t] = run[t + 1] - run[t - 9]; two rows are all that is kept.
  // Values stay below MOD, so a conditional subtraction replaces the remainder.
  const MOD = 1000000007;
  const length = n.length;
  if (s > 9 * length) return 0;
  let prefixAll = 0;
  for (let i = 0; i < length; i++) prefixAll += n.charCodeAt(i) - 48;
  let count = prefixAll === s ? 1 : 0;
  const run = new Float64Array(s + 2);
  for (let t = 1; t <= s + 1; t++) run[t] = 1; // k = 0: ways = [1, 0, 0, ...]
  const next = new Float64Array(s + 1);
  let prefix = prefixAll;
  for (let k = 0; k < length; k++) {
    const i = length - 1 - k;
    const digit = n.charCodeAt(i) - 48;
    prefix -= digit; // digit sum of n[:i]
    const hi = s - prefix;
    if (hi >= 0 && digit > 0) {
      const lo = hi - digit + 1;
      let v = run[hi + 1] - run[lo > 0 ? lo : 0];
      if (v < 0) v += MOD;
      count += v;
      if (count >= MOD) count -= MOD;
    }
    for (let t = 0; t <= s; t++) {
      let v = run[t + 1] - (t >= 9 ? run[t - 9] : 0);
      if (v < 0) v += MOD;
      next[t] = v;
    }
    let acc = 0;
    for (let t = 0; t <= s; t++) {
      acc += next[t];
      if (acc >= MOD) acc -= MOD;
      run[t + 1] = acc;
    }
  }
  return count;
}
