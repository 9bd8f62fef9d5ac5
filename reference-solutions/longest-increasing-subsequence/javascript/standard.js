// First index in the sorted array whose value is >= x.
function lowerBound(arr, x) {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function longestIncreasingSubsequence(nums) {
  // tails[k] = smallest last value of a strictly increasing subsequence of length k + 1.
  const tails = [];
  for (let i = 0; i < nums.length; i++) {
    const x = nums[i];
    if (tails.length === 0 || x > tails[tails.length - 1]) tails.push(x);
    else tails[lowerBound(tails, x)] = x;
  }
  return tails.length;
}
