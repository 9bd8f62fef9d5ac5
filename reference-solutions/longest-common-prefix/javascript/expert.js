function longestCommonPrefix(strs) {
  // Horizontal scan with V8's native string equality: a string keeps the whole candidate
  // prefix when its first len characters equal it, a flat block compare (memcmp), far cheaper
  // per character than startsWith or the relational < and >. Otherwise the new length, the
  // longest prefix the string shares with the candidate, is found by binary search with the
  // same test.
  const n = strs.length;
  if (n === 0) return '';
  const first = strs[0];
  let len = first.length;
  let prefix = first;
  for (let i = 1; i < n && len > 0; i++) {
    const s = strs[i];
    if (s.length >= len && s.slice(0, len) === prefix) continue;
    let lo = 0;
    let hi = s.length < len ? s.length : len;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s.slice(0, mid) === first.slice(0, mid)) lo = mid;
      else hi = mid - 1;
    }
    len = lo;
    prefix = first.slice(0, len);
  }
  return prefix;
}
