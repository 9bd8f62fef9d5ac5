function matrixMultiply(a, b) {
  // Exact integer products in doubles, no BigInt in the inner loop: every b[k][j] is split as
  // hi * 2^15 + lo with 0 <= lo < 2^15 and |hi| < 2^15 (int32 shift and mask). Then |a * lo| and |a * hi| stay below
  // 2^45, and sums of up to 200 such products stay below 2^53, so the two dot products
  //   sLo = sum a[i][k] * lo[k][j],   sHi = sum a[i][k] * hi[k][j]
  // are exact, and c[i][j] = sHi * 2^15 + sLo. That sum, rounded, is below 2^53 in magnitude
  // exactly when the true value is, and then it is exact; otherwise it is redone in BigInt
  // (once per output cell, not per product).
  const n = a.length;
  if (n === 0) return [];
  const m = b.length;
  const p = b[0].length;
  // Transposed halves of b: column j occupies [j * m, (j + 1) * m).
  const lo = new Float64Array(p * m);
  const hi = new Float64Array(p * m);
  for (let k = 0; k < m; k++) {
    const row = b[k];
    for (let j = 0, at = k; j < p; j++, at += m) {
      const x = row[j];
      hi[at] = x >> 15;
      lo[at] = x & 32767;
    }
  }
  const big = BigInt;
  const ar = new Float64Array(m);
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = a[i];
    for (let k = 0; k < m; k++) ar[k] = row[k];
    const res = new Array(p);
    for (let j = 0, base = 0; j < p; j++, base += m) {
      let sLo = 0;
      let sHi = 0;
      for (let k = 0; k < m; k++) {
        const x = ar[k];
        sLo += x * lo[base + k];
        sHi += x * hi[base + k];
      }
      const c = sHi * 32768 + sLo;
      res[j] = c < 9007199254740992 && c > -9007199254740992 ? c : big(sHi) * 32768n + big(sLo);
    }
    out[i] = res;
  }
  return out;
}
