function rangeMin(nums, queries) {
  const out = [];
  for (const [l, r] of queries) {
    let best = nums[l];
    for (let i = l + 1; i <= r; i++) {
      if (nums[i] < best) best = nums[i];
    }
    out.push(best);
  }
  return out;
}
