function lcsLength(a, b) {
  // Textbook DP keeping only two rows: prev[j] / cur[j] = LCS length of a[:i-1] / a[:i]
  // with b[:j]. A match extends the diagonal, otherwise take the larger neighbour.
  const n = a.length;
  const m = b.length;
  let prev = new Array(m + 1).fill(0);
  let cur = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      if (ca === b.charCodeAt(j - 1)) cur[j] = prev[j - 1] + 1;
      else cur[j] = Math.max(prev[j], cur[j - 1]);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}
