function maxSubarraySum(nums) {
  // Kadane: cur is the best sum of a subarray that ends at index i.
  // |sum| <= 10^5 * 10^9 = 10^14 < 2^53, so plain numbers stay exact.
  let best = nums[0];
  let cur = nums[0];
  for (let i = 1; i < nums.length; i++) {
    cur = cur > 0 ? cur + nums[i] : nums[i];
    if (cur > best) best = cur;
  }
  return best;
}
