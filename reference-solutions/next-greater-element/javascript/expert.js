function nextGreater(nums) {
  // Monotonic stack kept in two typed arrays (waiting values and their indices), with a
  // sentinel value above every input at the bottom so the pop loop needs no emptiness test.
  const n = nums.length;
  const result = new Array(n).fill(-1);
  const vals = new Int32Array(n + 1);
  const idx = new Int32Array(n + 1);
  vals[0] = 2147483647;
  let top = 0;
  for (let i = 0; i < n; i++) {
    const x = nums[i];
    while (vals[top] < x) {
      result[idx[top]] = x;
      top--;
    }
    top++;
    vals[top] = x;
    idx[top] = i;
  }
  return result;
}
