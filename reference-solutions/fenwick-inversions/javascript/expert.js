function countInversions(nums) {
  // Fenwick tree over value ranks, scanning right to left: each value adds how many smaller
  // values were already seen to its right. Ranks come from a native typed-array sort.
  const n = nums.length;
  if (n < 2) return 0;
  const sorted = Float64Array.from(nums).sort();
  const tree = new Int32Array(n + 1);
  let total = 0;
  for (let k = n - 1; k >= 0; k--) {
    const v = nums[k];
    // lo = number of values < v (first index of v in sorted): a binary search
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    for (let r = lo; r > 0; r &= r - 1) total += tree[r];
    for (let r = lo + 1; r <= n; r += r & -r) tree[r]++;
  }
  return total;
}
