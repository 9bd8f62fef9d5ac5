function prefixMatches(text, pattern) {
  // Z-function of pattern + separator + text: z[i] is the longest common prefix of the whole
  // string and its suffix at i. The separator (not a letter) stops every match at the
  // pattern's end, so z at text position i is the answer there.
  const s = pattern + '#' + text;
  const n = s.length;
  const m = pattern.length;
  const z = new Array(n).fill(0);
  let l = 0;
  let r = 0;
  for (let i = 1; i < n; i++) {
    let k = 0;
    if (i < r) k = Math.min(r - i, z[i - l]);
    while (i + k < n && s.charCodeAt(k) === s.charCodeAt(i + k)) k++;
    z[i] = k;
    if (i + k > r) {
      l = i;
      r = i + k;
    }
  }
  return z.slice(m + 1);
}
