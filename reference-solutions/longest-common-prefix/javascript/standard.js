function longestCommonPrefix(strs) {
  // Horizontal scan: shrink the candidate prefix one character at a time until the string
  // begins with it (tested as slice equality).
  if (strs.length === 0) return '';
  let prefix = strs[0];
  for (const s of strs) {
    while (s.slice(0, prefix.length) !== prefix) prefix = prefix.slice(0, -1);
    if (prefix === '') break;
  }
  return prefix;
}
