function longestUniqueSubstring(s) {
  // Sliding window: remember where each character was last seen; when the current character
  // was seen inside the window, move the window start past that position. for...of walks
  // code points, so characters outside the BMP count once.
  const last = new Map();
  let start = 0;
  let best = 0;
  let i = 0;
  for (const c of s) {
    const p = last.get(c);
    if (p !== undefined && p >= start) start = p + 1;
    last.set(c, i);
    i++;
    if (i - start > best) best = i - start;
  }
  return best;
}
