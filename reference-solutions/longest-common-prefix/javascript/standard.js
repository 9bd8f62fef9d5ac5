function longestCommonPrefix(strs) {
  // Horizontal scan: shrink the candidate prefix until every string starts with it.
  if (strs.length === 0) return '';
  let prefix = strs[0];
  for (const s of strs) {
    while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
    if (prefix === '') break;
  }
  return prefix;
}
