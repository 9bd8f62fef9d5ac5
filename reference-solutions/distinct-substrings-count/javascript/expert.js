function countDistinctSubstrings(s) {
  // Suffix automaton, built online in O(n) amortised, in flat typed arrays: at most 2n states,
  // transitions in one Int32Array with a row of 26 letters per state (0 = none, since state 0,
  // the root, is never a target), so a clone copies its row with copyWithin. Appending a
  // letter adds exactly len[cur] - len[link[cur]] new distinct substrings.
  const n = s.length;
  const size = 2 * n + 1;
  const next = new Int32Array(size * 26);
  const link = new Int32Array(size);
  const len = new Int32Array(size);
  link[0] = -1;
  let count = 1;
  let last = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i) - 97;
    const cur = count++;
    const lc = len[last] + 1;
    len[cur] = lc;
    let p = last;
    while (p !== -1 && next[p * 26 + c] === 0) {
      next[p * 26 + c] = cur;
      p = link[p];
    }
    if (p === -1) {
      link[cur] = 0;
      total += lc;
    } else {
      const q = next[p * 26 + c];
      const lp = len[p] + 1;
      if (lp === len[q]) {
        link[cur] = q;
      } else {
        const clone = count++;
        next.copyWithin(clone * 26, q * 26, q * 26 + 26);
        len[clone] = lp;
        link[clone] = link[q];
        while (p !== -1 && next[p * 26 + c] === q) {
          next[p * 26 + c] = clone;
          p = link[p];
        }
        link[q] = clone;
        link[cur] = clone;
      }
      total += lc - lp;
    }
    last = cur;
  }
  return total;
}
