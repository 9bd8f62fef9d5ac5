function longestIncreasingSubsequence(nums) {
  if (nums.length === 0) return 0;
  // best[i] = length of the longest increasing subsequence that ends at index i.
  const best = new Array(nums.length).fill(1);
  for (let i = 0; i < nums.length; i++) {
    for (let j = 0; j < i; j++) {
      if (nums[j] < nums[i]) best[i] = Math.max(best[i], best[j] + 1);
    }
  }
  return Math.max(...best);
}
