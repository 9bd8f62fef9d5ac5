function windowMaxima(nums, w) {
  // Monotonic deque of values (not indices) in a typed array, non-increasing from front to
  // back; equal values are all kept, so the element leaving the window is at the front
  // exactly when its value equals the front value.
  const n = nums.length;
  if (n < w) return [];
  const buf = new Int32Array(n);
  let h = 0;
  let t = 0;
  for (let i = 0; i < w; i++) {
    const x = nums[i];
    while (t > h && buf[t - 1] < x) t--;
    buf[t++] = x;
  }
  const out = new Array(n - w + 1);
  out[0] = buf[0];
  // old leaves as x enters. A new overall maximum empties the deque at once; otherwise the
  // front is >= x, so the pop loop needs no emptiness test.
  for (let i = w, o = 1; i < n; i++, o++) {
    const x = nums[i];
    if (buf[h] < x) t = h;
    else while (buf[t - 1] < x) t--;
    buf[t++] = x;
    if (buf[h] === nums[i - w]) h++;
    out[o] = buf[h];
  }
  return out;
}
