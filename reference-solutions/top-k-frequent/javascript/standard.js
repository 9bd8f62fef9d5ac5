function topKFrequent(nums, k) {
  // Count with a Map, sort the distinct values by (count desc, value asc), keep k.
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) || 0) + 1);
  const entries = [...count.entries()];
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return entries.slice(0, k).map((e) => e[0]);
}
