function maxSubarraySum(nums) {
  // Every start, every end: the sum of each subarray is extended one element at a time.
  let best = nums[0];
  for (let i = 0; i < nums.length; i++) {
    let total = 0;
    for (let j = i; j < nums.length; j++) {
      total += nums[j];
      best = Math.max(best, total);
    }
  }
  return best;
}
