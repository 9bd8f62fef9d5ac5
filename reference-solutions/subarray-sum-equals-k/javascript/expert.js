function subarraySum(nums, k) {
  // Count earlier prefix sums equal to p - k. |prefix| <= 10^14 < 2^53: exact as doubles.
  const n = nums.length;
  let p = 0;
  let lo = 0;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    p += nums[i];
    if (p < lo) lo = p;
    else if (p > hi) hi = p;
  }
  const range = hi - lo;
  if (k > range || -k > range) return 0;
  let total = 0;
  if (range <= 4 * n + 4) {
    // Dense range: a typed array indexed by the shifted prefix replaces hashing. Shift every
    // prefix by -base so that both p and p - k are valid indices.
    const base = k > 0 ? lo - k : lo;
    const cnt = new Int32Array(range + 1 + (k > 0 ? k : -k));
    p = -base;
    cnt[p] = 1;
    for (let i = 0; i < n; i++) {
      p += nums[i];
      total += cnt[p - k];
      cnt[p]++;
    }
    return total;
  }
  const seen = new Map();
  seen.set(0, 1);
  p = 0;
  for (let i = 0; i < n; i++) {
    p += nums[i];
    const c = seen.get(p - k);
    if (c !== undefined) total += c;
    const d = seen.get(p);
    seen.set(p, d === undefined ? 1 : d + 1);
  }
  return total;
}
