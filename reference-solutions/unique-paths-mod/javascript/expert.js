function countKingPaths(grid) {
  // One typed row updated in place from left to right: before cell j is overwritten it still
  // holds the row above, and the old value of cell j - 1 (the diagonal) rides in a local, as
  // does the new value of cell j - 1 (the left neighbour). Counts stay below MOD, so two
  // conditional subtractions replace the remainder.
  const MOD = 1000000007;
  const cols = grid[0].length;
  const ways = new Float64Array(cols);
  const first = grid[0];
  for (let j = 0; j < cols && first.charCodeAt(j) !== 35; j++) ways[j] = 1;
  for (let i = 1; i < grid.length; i++) {
    const row = grid[i];
    let diag = 0;
    let left = 0;
    for (let j = 0; j < cols; j++) {
      const up = ways[j];
      if (row.charCodeAt(j) === 35) {
        left = 0;
      } else {
        let v = up + diag + left;
        if (v >= MOD) v -= MOD;
        if (v >= MOD) v -= MOD;
        left = v;
      }
      ways[j] = left;
      diag = up;
    }
  }
  return ways[cols - 1];
}
