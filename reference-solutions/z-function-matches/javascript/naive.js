function prefixMatches(text, pattern) {
  // Compare the pattern with the text letter by letter at every position.
  const n = text.length;
  const m = pattern.length;
  const result = [];
  for (let i = 0; i < n; i++) {
    let k = 0;
    while (k < m && i + k < n && text[i + k] === pattern[k]) k++;
    result.push(k);
  }
  return result;
}
