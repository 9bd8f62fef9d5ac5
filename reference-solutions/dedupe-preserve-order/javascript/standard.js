function dedupe(items) {
  // A Set keeps its values in first-insertion order and ignores repeats: add every item in a
  // loop, then read the Set back out.
  const seen = new Set();
  for (let i = 0; i < items.length; i++) seen.add(items[i]);
  return Array.from(seen);
}
