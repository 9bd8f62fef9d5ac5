function topKFrequent(nums, k) {
  const n = nums.length;
  if (k <= 0 || n === 0) return [];
  // Sort a typed copy natively (numeric order, no comparator calls), then count runs.
  const a = new Float64Array(nums).sort();
  // One key per distinct value, (maxCount - count) * 2^31 + (value + 10^9): ascending keys
  // mean count descending, then value ascending. Keys stay below 2^48, exact as doubles.
  const keys = new Float64Array(n);
  const OFF = 1000000000;
  const SHIFT = 2147483648;
  const top = n * SHIFT;
  let d = 0;
  let start = 0;
  let v = a[0];
  for (let i = 1; i < n; i++) {
    const x = a[i];
    if (x !== v) {
      keys[d++] = top - (i - start) * SHIFT + (v + OFF);
      start = i;
      v = x;
    }
  }
  keys[d++] = top - (n - start) * SHIFT + (v + OFF);
  const best = keys.subarray(0, d).sort();
  const len = k < d ? k : d;
  const out = new Array(len);
  for (let i = 0; i < len; i++) out[i] = (best[i] % SHIFT) - OFF;
  return out;
}
