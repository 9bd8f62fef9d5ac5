function matrixMultiply(a, b) {
  // Textbook triple loop, accumulating straight into the result cell as BigInt (products of
  // two 10^9 values overflow a double's 53-bit integers).
  const n = a.length;
  const m = b.length;
  const p = b[0].length;
  const c = [];
  for (let i = 0; i < n; i++) {
    c.push(new Array(p).fill(0n));
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < m; k++) {
        c[i][j] += BigInt(a[i][k]) * BigInt(b[k][j]);
      }
    }
  }
  return c;
}
