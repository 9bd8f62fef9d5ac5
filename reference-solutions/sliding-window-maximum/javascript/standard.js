function windowMaxima(nums, w) {
  // Monotonic deque of indices whose values decrease from front to back; the front is the
  // maximum of the current window. An array plus a head index serves as the deque.
  const dq = [];
  let head = 0;
  const result = [];
  for (let i = 0; i < nums.length; i++) {
    const x = nums[i];
    while (dq.length > head && nums[dq[dq.length - 1]] <= x) dq.pop();
    dq.push(i);
    if (dq[head] <= i - w) head++;
    if (i >= w - 1) result.push(nums[dq[head]]);
  }
  return result;
}
