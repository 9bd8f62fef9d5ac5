function minPathSum(grid) {
  const cols = grid[0].length;
  // One rolling row of doubles (sums stay below 2^53, so exact); the left neighbour is kept in
  // a local, so each cell costs one comparison, one add and one store.
  const best = new Float64Array(cols);
  const first = grid[0];
  let left = 0;
  for (let j = 0; j < cols; j++) best[j] = left += first[j];
  for (let i = 1, rows = grid.length; i < rows; i++) {
    const row = grid[i];
    left = best[0] + row[0];
    best[0] = left;
    for (let j = 1; j < cols; j++) {
      const up = best[j];
      if (up < left) left = up;
      left += row[j];
      best[j] = left;
    }
  }
  return best[cols - 1];
}
