function longestUniqueSubstring(s) {
  // Sliding window: remember where each character was last seen; when the current character
  // was seen inside the window, move the window start past that position. Characters are
  // read as code points (codePointAt; one outside the BMP takes two code units and counts
  // once). Last-seen positions + 1 (0: not seen) of BMP characters are kept in an Int32Array
  // indexed by code point, those of the rarer characters beyond it in a Map.
  const lastBmp = new Int32Array(65536);
  const lastOther = new Map();
  let start = 0;
  let best = 0;
  let i = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.codePointAt(k);
    let p;
    if (c < 65536) {
      p = lastBmp[c];
      lastBmp[c] = i + 1;
    } else {
      k++;
      p = lastOther.get(c) || 0;
      lastOther.set(c, i + 1);
    }
    if (p > start) start = p;
    i++;
    if (i - start > best) best = i - start;
  }
  return best;
}
