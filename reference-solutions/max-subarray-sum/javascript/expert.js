function maxSubarraySum(nums) {
  // Kadane with an indexed loop and plain comparisons (no iterator, no Math.max calls).
  // |sum| <= 10^5 * 10^9 = 10^14 < 2^53, so plain numbers stay exact.
  const n = nums.length;
  let cur = nums[0];
  let best = cur;
  for (let i = 1; i < n; i++) {
    const x = nums[i];
    if (cur > 0) cur += x;
    else cur = x;
    if (cur > best) best = cur;
  }
  return best;
}
