function nextGreater(nums) {
  // For each element, scan to the right until something bigger shows up.
  const result = [];
  for (let i = 0; i < nums.length; i++) {
    let found = -1;
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[j] > nums[i]) {
        found = nums[j];
        break;
      }
    }
    result.push(found);
  }
  return result;
}
