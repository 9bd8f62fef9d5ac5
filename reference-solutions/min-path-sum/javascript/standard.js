function minPathSum(grid) {
  const cols = grid[0].length;
  // best[j] = cheapest cost to column j of the current row: one row kept, updated in place.
  const best = new Array(cols);
  best[0] = grid[0][0];
  for (let j = 1; j < cols; j++) best[j] = best[j - 1] + grid[0][j];
  for (let i = 1; i < grid.length; i++) {
    const row = grid[i];
    best[0] += row[0];
    for (let j = 1; j < cols; j++) best[j] = Math.min(best[j], best[j - 1]) + row[j];
  }
  return best[cols - 1];
}
