function subarraySum(nums, k) {
  // Prefix sums: a subarray ending here sums to k when an earlier prefix equals cur - k.
  // |prefix| <= 10^14 < 2^53, so plain numbers are exact.
  const seen = new Map([[0, 1]]);
  let cur = 0;
  let count = 0;
  for (const x of nums) {
    cur += x;
    count += seen.get(cur - k) || 0;
    seen.set(cur, (seen.get(cur) || 0) + 1);
  }
  return count;
}
