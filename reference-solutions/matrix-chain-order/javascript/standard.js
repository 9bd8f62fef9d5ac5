function matrixChainCost(dims) {
  // Bottom-up over chain lengths: best[i][j] is the cheapest product of matrices i..j.
  const n = dims.length - 1;
  if (n < 2) return 0;
  const best = [];
  for (let i = 0; i < n; i++) best.push(new Array(n).fill(0));
  for (let length = 1; length < n; length++) {
    for (let i = 0; i + length < n; i++) {
      const j = i + length;
      let min = Infinity;
      for (let k = i; k < j; k++) {
        const c = best[i][k] + best[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1];
        if (c < min) min = c;
      }
      best[i][j] = min;
    }
  }
  return best[0][n - 1];
}
