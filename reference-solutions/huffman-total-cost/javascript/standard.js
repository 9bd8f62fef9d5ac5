function huffmanCost(freqs) {
  // Two queues after one sort: the leaves in sorted order and the merged weights (an ordinary
  // array, appended in non-decreasing order), so the two smallest are always at the fronts.
  // (A binary heap written in JavaScript costs over ten times the expert here: V8 sorts numbers
  // natively, and a heap pays its log n sift steps in JavaScript.)
  const leaves = Array.from(new Float64Array(freqs).sort());
  const n = leaves.length;
  if (n < 2) return 0;
  leaves.push(Infinity);
  const merged = [];
  let i = 0;
  let j = 0;
  let total = 0;
  for (let step = 1; step < n; step++) {
    let a;
    if (j < merged.length && merged[j] < leaves[i]) a = merged[j++];
    else a = leaves[i++];
    let b;
    if (j < merged.length && merged[j] < leaves[i]) b = merged[j++];
    else b = leaves[i++];
    total += a + b;
    merged.push(a + b);
  }
  return total;
}
