function rectangleSums(grid, queries) {
  // Prefix sums of each row: a rectangle is one subtraction per row it spans.
  const pre = grid.map((row) => {
    const p = [0];
    let s = 0;
    for (const v of row) p.push((s += v));
    return p;
  });
  const sums = [];
  for (const [r1, c1, r2, c2] of queries) {
    let total = 0;
    for (let r = r1; r <= r2; r++) total += pre[r][c2 + 1] - pre[r][c1];
    sums.push(total);
  }
  return sums;
}
