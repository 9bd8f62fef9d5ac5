function countInversions(nums) {
  // Bottom-up merge sort on two buffers; each merge counts, for every element taken from the
  // right run, how many elements of the left run are still waiting (all larger than it).
  const n = nums.length;
  let a = nums.slice();
  let b = new Array(n);
  let count = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (a[j] < a[i]) {
          b[k++] = a[j++];
          count += mid - i;
        } else {
          b[k++] = a[i++];
        }
      }
      while (i < mid) b[k++] = a[i++];
      while (j < hi) b[k++] = a[j++];
    }
    [a, b] = [b, a];
  }
  return count;
}
