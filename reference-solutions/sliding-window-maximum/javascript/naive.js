function windowMaxima(nums, w) {
  // Take the max of every window slice.
  const result = [];
  for (let i = 0; i + w <= nums.length; i++) {
    result.push(Math.max(...nums.slice(i, i + w)));
  }
  return result;
}
