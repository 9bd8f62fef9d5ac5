function countPairs(nums, target) {
  // Values are bounded integers: when their range is small, a typed counting array replaces
  // hashing; one pass adds, for each value, how many earlier values equal its complement.
  const n = nums.length;
  if (n < 2) return 0;
  let min = nums[0];
  let max = min;
  for (let i = 1; i < n; i++) {
    const x = nums[i];
    if (x < min) min = x;
    else if (x > max) max = x;
  }
  const range = max - min + 1;
  let count = 0;
  if (range <= 4 * n + 1024) {
    const cnt = new Int32Array(range);
    const base = target - 2 * min; // index of the complement of x is base - (x - min)
    for (let i = 0; i < n; i++) {
      const k = nums[i] - min;
      const j = base - k;
      if (j >= 0 && j < range) count += cnt[j];
      cnt[k]++;
    }
    return count;
  }
  const seen = new Map();
  for (let i = 0; i < n; i++) {
    const x = nums[i];
    const c = seen.get(target - x);
    if (c !== undefined) count += c;
    seen.set(x, (seen.get(x) || 0) + 1);
  }
  return count;
}
