function longestUniqueSubstring(s) {
  // Try every start and extend until a character repeats.
  const chars = [...s];
  let best = 0;
  for (let i = 0; i < chars.length; i++) {
    const seen = new Set();
    let j = i;
    while (j < chars.length && !seen.has(chars[j])) {
      seen.add(chars[j]);
      j++;
    }
    best = Math.max(best, j - i);
  }
  return best;
}
