function countPairs(nums, target) {
  // Sort a copy into a typed array, then walk two pointers over runs of equal values.
  const a = Float64Array.from(nums).sort();
  let i = 0;
  let j = a.length - 1;
  let count = 0;
  while (i < j) {
    const s = a[i] + a[j];
    if (s < target) i++;
    else if (s > target) j--;
    else if (a[i] === a[j]) {
      const m = j - i + 1;
      count += (m * (m - 1)) / 2;
      break;
    } else {
      let left = 1;
      while (a[i + left] === a[i]) left++;
      let right = 1;
      while (a[j - right] === a[j]) right++;
      count += left * right;
      i += left;
      j -= right;
    }
  }
  return count;
}
