function countKingPaths(grid) {
  // Paths to (i, j) come from the cell above, the cell to the left and the cell diagonally
  // up-left; every answer is remembered under an "i,j" key, so each cell is computed once.
  const MOD = 1000000007;
  const memo = {};
  function count(i, j) {
    if (i < 0 || j < 0 || grid[i][j] === '#') return 0;
    if (i === 0 && j === 0) return 1;
    const key = i + ',' + j;
    if (key in memo) return memo[key];
    const result = (count(i - 1, j) + count(i, j - 1) + count(i - 1, j - 1)) % MOD;
    memo[key] = result;
    return result;
  }
  return count(grid.length - 1, grid[0].length - 1);
}
