function diagonalChecksum(grid) {
  // Diagonal d runs over rows first = max(0, d - C + 1) .. last = min(d, R - 1), column d - r;
  // each is one tight loop (rows descending on the even, upward diagonals). Partial sums stay
  // below 2^53, so doubles are exact.
  const rows = grid.length;
  if (rows === 0) return 0;
  const cols = grid[0].length;
  let total = 0;
  let k = 0;
  for (let d = 0; d < rows + cols - 1; d++) {
    const first = d >= cols ? d - cols + 1 : 0;
    const last = d < rows ? d : rows - 1;
    if (d & 1) for (let r = first; r <= last; r++) total += ++k * grid[r][d - r];
    else for (let r = last; r >= first; r--) total += ++k * grid[r][d - r];
  }
  return total;
}
