function spiralChecksum(matrix) {
  // Boundary walk with two running sums and no list of the order: s, the sum so far, and p,
  // the sum of those running sums. p weights s[k] by (N - k), so the checksum, which weights it
  // by (k + 1), is (N + 1) * s - p: two additions per element, no multiplication, no position
  // counter. Rows are read through a local reference.
  const rows = matrix.length;
  if (rows === 0) return 0;
  const cols = matrix[0].length;
  let s = 0;
  let p = 0;
  let top = 0;
  let bottom = rows - 1;
  let left = 0;
  let right = cols - 1;
  while (top < bottom && left < right) {
    const first = matrix[top];
    for (let j = left; j < right; j++) p += s += first[j];
    for (let i = top; i < bottom; i++) p += s += matrix[i][right];
    const last = matrix[bottom];
    for (let j = right; j > left; j--) p += s += last[j];
    for (let i = bottom; i > top; i--) p += s += matrix[i][left];
    top++;
    bottom--;
    left++;
    right--;
  }
  if (top === bottom) {
    const row = matrix[top];
    for (let j = left; j <= right; j++) p += s += row[j];
  } else if (left === right) for (let i = top; i <= bottom; i++) p += s += matrix[i][left];
  return (rows * cols + 1) * s - p;
}
