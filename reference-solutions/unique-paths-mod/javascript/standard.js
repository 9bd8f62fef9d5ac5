function countKingPaths(grid) {
  // Two rows: prev holds row i - 1, cur is filled left to right for row i.
  const MOD = 1000000007;
  const cols = grid[0].length;
  let prev = new Array(cols).fill(0);
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i];
    const cur = new Array(cols).fill(0);
    for (let j = 0; j < cols; j++) {
      if (row[j] === '#') continue;
      if (i === 0 && j === 0) cur[j] = 1;
      else if (j === 0) cur[j] = prev[j];
      else cur[j] = (prev[j] + cur[j - 1] + prev[j - 1]) % MOD;
    }
    prev = cur;
  }
  return prev[cols - 1];
}
