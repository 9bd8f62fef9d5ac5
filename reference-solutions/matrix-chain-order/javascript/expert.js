function matrixChainCost(dims) {
  // Bottom-up over chain lengths in flat typed arrays. Every answer is stored twice, row-major
  // (rows[i * n + j]) and column-major (cols[j * n + i]), so the inner loop over split points
  // walks both operands with unit stride; the factor dims[i] * dims[j + 1] is hoisted.
  const n = dims.length - 1;
  if (n < 2) return 0;
  const d = Float64Array.from(dims);
  const rows = new Float64Array(n * n);
  const cols = new Float64Array(n * n);
  for (let length = 1; length < n; length++) {
    for (let i = 0; i + length < n; i++) {
      const j = i + length;
      const outer = d[i] * d[j + 1];
      const ri = i * n;
      const cj = j * n + 1; // cols[j * n + k + 1] for split point k
      let min = Infinity;
      for (let k = i; k < j; k++) {
        const c = rows[ri + k] + cols[cj + k] + outer * d[k + 1];
        if (c < min) min = c;
      }
      rows[ri + j] = min;
      cols[j * n + i] = min;
    }
  }
  return rows[n - 1];
}
