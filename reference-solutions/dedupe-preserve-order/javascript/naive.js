function dedupe(items) {
  // Keep an item if the result does not contain it yet (a linear scan each time).
  const result = [];
  for (const x of items) {
    if (!result.includes(x)) result.push(x);
  }
  return result;
}
