function canPartition(nums) {
  let total = 0;
  for (const x of nums) total += x;
  if (total % 2 !== 0) return false;
  // Bit s of `reachable` is set when some subset of the elements seen so far sums to s.
  let reachable = 1n;
  for (const x of nums) reachable |= reachable << BigInt(x);
  return ((reachable >> BigInt(total / 2)) & 1n) === 1n;
}
