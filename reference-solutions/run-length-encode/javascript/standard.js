function runLengthEncode(s) {
  // One pass: count the current run, emit "char + count" when it ends, join once.
  if (s.length === 0) return '';
  const parts = [];
  let prev = s[0];
  let count = 0;
  for (const ch of s) {
    if (ch === prev) count++;
    else {
      parts.push(prev + count);
      prev = ch;
      count = 1;
    }
  }
  parts.push(prev + count);
  return parts.join('');
}
