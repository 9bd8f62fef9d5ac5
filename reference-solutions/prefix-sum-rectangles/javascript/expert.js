function rectangleSums(grid, queries) {
  // 2D prefix sums in one flat Float64Array (sums stay below 2^53): P[r][c] is the sum of
  // grid[0..r-1][0..c-1], so a rectangle is four lookups.
  const rows = grid.length;
  const w = grid[0].length + 1;
  const pre = new Float64Array((rows + 1) * w);
  for (let r = 0; r < rows; r++) {
    const row = grid[r];
    const above = r * w;
    const here = above + w;
    let run = 0;
    for (let c = 1; c < w; c++) {
      run += row[c - 1];
      pre[here + c] = pre[above + c] + run;
    }
  }
  const q = queries.length;
  const sums = new Array(q);
  for (let i = 0; i < q; i++) {
    const t = queries[i];
    const top = t[0] * w;
    const bottom = (t[2] + 1) * w;
    const left = t[1];
    const right = t[3] + 1;
    sums[i] = pre[bottom + right] - pre[bottom + left] - pre[top + right] + pre[top + left];
  }
  return sums;
}
