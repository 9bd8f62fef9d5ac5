function countSetBits(nums) {
  // Format every number in binary and count the '1' characters.
  let total = 0;
  for (const x of nums) {
    total += x.toString(2).split('').filter((c) => c === '1').length;
  }
  return total;
}
