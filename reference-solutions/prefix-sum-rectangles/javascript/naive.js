function rectangleSums(grid, queries) {
  // Add up every cell of every rectangle.
  const sums = [];
  for (const [r1, c1, r2, c2] of queries) {
    let total = 0;
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) total += grid[r][c];
    }
    sums.push(total);
  }
  return sums;
}
