function dedupe(items) {
  // A Set of the values seen so far gives O(1) membership tests.
  const seen = new Set();
  const result = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!seen.has(x)) {
      seen.add(x);
      result.push(x);
    }
  }
  return result;
}
