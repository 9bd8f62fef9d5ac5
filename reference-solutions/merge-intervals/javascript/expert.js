function mergeIntervals(intervals) {
  // Starts and ends sorted independently, as Int32Arrays with the native numeric sort (no
  // comparator calls). With S and E sorted, the union has a gap between E[i] and S[i + 1]
  // exactly when S[i + 1] > E[i]: every interval ending by E[i] started by S[i], so the
  // i + 1 intervals starting by S[i] have all ended. Each gap closes one merged interval.
  const n = intervals.length;
  if (n === 0) return [];
  const S = new Int32Array(n);
  const E = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const iv = intervals[i];
    S[i] = iv[0];
    E[i] = iv[1];
  }
  S.sort();
  E.sort();
  const out = [];
  let groupStart = S[0];
  for (let i = 1; i < n; i++) {
    const s = S[i];
    const e = E[i - 1];
    if (s > e) {
      out.push([groupStart, e]);
      groupStart = s;
    }
  }
  out.push([groupStart, E[n - 1]]);
  return out;
}
