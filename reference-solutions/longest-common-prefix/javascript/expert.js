function longestCommonPrefix(strs) {
  // The common prefix of all strings is the common prefix of the smallest and the largest.
  // Relational comparison of flat strings is V8's fast block compare, several times cheaper
  // per character than startsWith; one pass finds both, then a binary search on the length
  // checks only the two of them.
  const n = strs.length;
  if (n === 0) return '';
  let lo = strs[0];
  let hi = lo;
  for (let i = 1; i < n; i++) {
    const s = strs[i];
    if (s < lo) lo = s;
    else if (s > hi) hi = s;
  }
  let a = 0;
  let b = lo.length;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (hi.startsWith(lo.slice(0, mid))) a = mid;
    else b = mid - 1;
  }
  return lo.slice(0, a);
}
