function mergeIntervals(intervals) {
  // Sort interval indices by start: keys (start + 10^9) * n + index are exact doubles, so a
  // Float64Array sorts them natively. Then each interval either extends the last merged one
  // or starts a new one.
  const n = intervals.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (intervals[i][0] + 1000000000) * n + i;
  keys.sort();
  const merged = [];
  let last = null;
  for (let k = 0; k < n; k++) {
    const iv = intervals[keys[k] % n];
    if (last !== null && iv[0] <= last[1]) {
      if (iv[1] > last[1]) last[1] = iv[1];
    } else {
      last = [iv[0], iv[1]];
      merged.push(last);
    }
  }
  return merged;
}
