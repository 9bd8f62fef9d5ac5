function pascalRow(n, m) {
  // Build the whole triangle, row by row, and keep every row.
  const triangle = [];
  for (let i = 0; i <= n; i++) {
    const row = [];
    for (let k = 0; k <= i; k++) {
      if (k === 0 || k === i) row.push(1 % m);
      else row.push((triangle[i - 1][k - 1] + triangle[i - 1][k]) % m);
    }
    triangle.push(row);
  }
  return triangle[n];
}
