function canPartition(nums) {
  let total = 0;
  for (const x of nums) total += x;
  if (total % 2 !== 0) return false;
  const target = total / 2;
  // reachable[s]: some subset of the elements seen so far sums to s. A fresh copy per element
  // keeps each element from being used twice.
  let reachable = new Array(target + 1).fill(false);
  reachable[0] = true;
  for (const x of nums) {
    const next = reachable.slice();
    for (let s = x; s <= target; s++) {
      if (reachable[s - x]) next[s] = true;
    }
    reachable = next;
  }
  return reachable[target];
}
