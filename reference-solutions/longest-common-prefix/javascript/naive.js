function longestCommonPrefix(strs) {
  if (strs.length === 0) return '';
  let prefix = '';
  for (let i = 0; i < strs[0].length; i++) {
    const ch = strs[0][i];
    for (const s of strs) {
      if (i >= s.length || s[i] !== ch) return prefix;
    }
    prefix += ch;
  }
  return prefix;
}
