function diagonalChecksum(grid) {
  // Walk the zigzag one cell at a time: up and to the right on even diagonals, down and to the
  // left on odd ones, turning at the borders.
  const rows = grid.length;
  if (rows === 0) return 0;
  const cols = grid[0].length;
  let total = 0;
  let r = 0;
  let c = 0;
  for (let k = 1; k <= rows * cols; k++) {
    total += k * grid[r][c];
    if ((r + c) % 2 === 0) {
      if (c === cols - 1) r++;
      else if (r === 0) c++;
      else {
        r--;
        c++;
      }
    } else if (r === rows - 1) c++;
    else if (c === 0) r++;
    else {
      r++;
      c--;
    }
  }
  return total;
}
