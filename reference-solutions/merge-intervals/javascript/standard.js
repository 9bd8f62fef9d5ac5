function mergeIntervals(intervals) {
  // Sort a copy by start; each interval either extends the last merged one or starts a new one.
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      if (end > last[1]) last[1] = end;
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
