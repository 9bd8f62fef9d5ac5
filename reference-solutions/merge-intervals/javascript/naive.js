function mergeIntervals(intervals) {
  // Keep a list of disjoint intervals; fold each new interval into every one it overlaps,
  // rebuilding the list each time.
  let result = [];
  for (const iv of intervals) {
    let [start, end] = iv;
    const kept = [];
    for (const [a, b] of result) {
      if (b < start || a > end) {
        kept.push([a, b]);
      } else {
        start = Math.min(start, a);
        end = Math.max(end, b);
      }
    }
    kept.push([start, end]);
    result = kept;
  }
  return result.sort((x, y) => x[0] - y[0]);
}
