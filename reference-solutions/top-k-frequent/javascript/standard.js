function topKFrequent(nums, k) {
  // Sort a copy (natively, as a Float64Array) so equal values are adjacent, count each run,
  // then order the distinct values by (count desc, value asc) with a second native sort of
  // packed keys (n - count) * 2^31 + (value + 10^9), exact doubles, and keep the first k.
  const n = nums.length;
  const sorted = Float64Array.from(nums).sort();
  const keys = [];
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    keys.push((n - (j - i)) * 2147483648 + (sorted[i] + 1000000000));
    i = j;
  }
  const order = Float64Array.from(keys).sort();
  return Array.from(order.subarray(0, k), (key) => (key % 2147483648) - 1000000000);
}
