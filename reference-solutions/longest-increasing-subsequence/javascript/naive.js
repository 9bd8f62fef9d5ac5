function longestIncreasingSubsequence(nums) {
  const n = nums.length;
  if (n === 0) return 0;
  // best[i] = length of the longest increasing subsequence that ends at index i.
  const best = new Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (nums[j] < nums[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
    }
  }
  return Math.max(...best);
}
