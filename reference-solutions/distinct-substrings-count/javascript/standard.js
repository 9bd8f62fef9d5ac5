function countDistinctSubstrings(s) {
  // Suffix automaton, built online in O(n) amortised. States live in arrays sized for the
  // bound of 2n states; transitions in a table of 26 letters per state (0 = none: the root
  // is never a target). Appending a letter adds exactly len[cur] - len[link[cur]] new distinct
  // substrings; a clone copies its source's row (through a subarray view) and changes no count.
  const n = s.length;
  const next = new Int32Array((2 * n + 1) * 26);
  const link = new Int32Array(2 * n + 1);
  const len = new Int32Array(2 * n + 1);
  link[0] = -1;
  let size = 1;
  let last = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i) - 97;
    const cur = size++;
    len[cur] = len[last] + 1;
    let p = last;
    while (p !== -1 && next[p * 26 + c] === 0) {
      next[p * 26 + c] = cur;
      p = link[p];
    }
    if (p === -1) {
      link[cur] = 0;
    } else {
      const q = next[p * 26 + c];
      if (len[p] + 1 === len[q]) {
        link[cur] = q;
      } else {
        const clone = size++;
        next.set(next.subarray(q * 26, q * 26 + 26), clone * 26);
        len[clone] = len[p] + 1;
        link[clone] = link[q];
        while (p !== -1 && next[p * 26 + c] === q) {
          next[p * 26 + c] = clone;
          p = link[p];
        }
        link[q] = clone;
        link[cur] = clone;
      }
    }
    last = cur;
    total += len[cur] - len[link[cur]];
  }
  return total;
}
