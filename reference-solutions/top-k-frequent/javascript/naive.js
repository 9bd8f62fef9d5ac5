function topKFrequent(nums, k) {
  // Count with parallel arrays, then sort everything by (count desc, value asc).
  const values = [];
  const counts = [];
  for (const x of nums) {
    const at = values.indexOf(x);
    if (at !== -1) counts[at]++;
    else {
      values.push(x);
      counts.push(1);
    }
  }
  const pairs = values.map((v, i) => [v, counts[i]]);
  pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return pairs.slice(0, k).map((p) => p[0]);
}
