function countPairs(nums, target) {
  // One pass: each value pairs with every earlier value equal to its complement.
  const seen = new Map();
  let count = 0;
  for (const x of nums) {
    count += seen.get(target - x) ?? 0;
    seen.set(x, (seen.get(x) ?? 0) + 1);
  }
  return count;
}
