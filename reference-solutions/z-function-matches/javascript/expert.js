function prefixMatches(text, pattern) {
  // Z-function of pattern + separator + text over a typed array of char codes. A sentinel at
  // the end stops every comparison loop without a bounds test, and a position strictly inside
  // the current match box whose mirrored value ends before the box just copies it.
  const m = pattern.length;
  const n = m + 1 + text.length;
  const s = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) s[k] = pattern.charCodeAt(k);
  s[m] = -1;
  for (let k = 0; k < text.length; k++) s[m + 1 + k] = text.charCodeAt(k);
  s[n] = -2;
  const z = new Int32Array(n);
  let l = 0;
  let r = 0;
  for (let i = 1; i < n; i++) {
    let k = 0;
    if (i < r) {
      k = z[i - l];
      if (k < r - i) {
        z[i] = k;
        continue;
      }
      k = r - i;
    }
    while (s[k] === s[i + k]) k++;
    z[i] = k;
    if (i + k > r) {
      l = i;
      r = i + k;
    }
  }
  return Array.from(z.subarray(m + 1));
}
