function minPathSum(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  // best["i,j"] = cheapest path cost to (i, j); every cell's answer is kept.
  const best = new Map();
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const options = [];
      if (i > 0) options.push(best.get(`${i - 1},${j}`));
      if (j > 0) options.push(best.get(`${i},${j - 1}`));
      best.set(`${i},${j}`, grid[i][j] + (options.length ? Math.min(...options) : 0));
    }
  }
  return best.get(`${rows - 1},${cols - 1}`);
}
