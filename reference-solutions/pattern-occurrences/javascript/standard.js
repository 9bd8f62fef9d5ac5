function findOccurrences(text, pattern) {
  // indexOf is a native substring search; restart one past each hit to allow overlaps.
  const result = [];
  let i = text.indexOf(pattern);
  while (i !== -1) {
    result.push(i);
    i = text.indexOf(pattern, i + 1);
  }
  return result;
}
