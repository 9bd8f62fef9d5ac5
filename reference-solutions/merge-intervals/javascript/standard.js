function mergeIntervals(intervals) {
  // Sort a copy by start; each interval either extends the last merged one or starts a new one.
  const sorted = intervals.slice().sort((x, y) => x[0] - y[0]);
  const merged = [];
  let last = null;
  for (const iv of sorted) {
    if (last !== null && iv[0] <= last[1]) {
      if (iv[1] > last[1]) last[1] = iv[1];
    } else {
      last = [iv[0], iv[1]];
      merged.push(last);
    }
  }
  return merged;
}
