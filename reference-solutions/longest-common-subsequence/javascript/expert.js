function lcsLength(a, b) {
  // One typed row over the shorter string, updated in place: row[j] holds the previous row's
  // value until it is overwritten, the diagonal and the left neighbour ride in locals, and the
  // characters are compared as char codes read once into a typed array.
  if (a.length < b.length) {
    const t = a;
    a = b;
    b = t;
  }
  const n = a.length;
  const m = b.length;
  if (m === 0) return 0;
  const bc = new Uint8Array(m);
  for (let j = 0; j < m; j++) bc[j] = b.charCodeAt(j);
  const row = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    let diag = 0; // previous row, column j - 1
    let left = 0; // this row, column j - 1
    for (let j = 0; j < m; j++) {
      const up = row[j];
      if (bc[j] === ca) left = diag + 1;
      else if (up > left) left = up;
      row[j] = left;
      diag = up;
    }
  }
  return row[m - 1];
}
