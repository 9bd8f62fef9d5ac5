function longestIncreasingSubsequence(nums) {
  // Patience sorting over a preallocated Int32Array (values fit in 32 bits): tails[k] is the
  // smallest last value of a strictly increasing subsequence of length k + 1. A value above
  // the last tail extends; otherwise an inlined binary search finds the first tail >= x.
  const n = nums.length;
  if (n === 0) return 0;
  const tails = new Int32Array(n);
  tails[0] = nums[0];
  let len = 1;
  let last = nums[0];
  for (let i = 1; i < n; i++) {
    const x = nums[i];
    if (x > last) {
      tails[len++] = x;
      last = x;
    } else {
      let lo = 0;
      let hi = len - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tails[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      tails[lo] = x;
      if (lo === len - 1) last = x;
    }
  }
  return len;
}
