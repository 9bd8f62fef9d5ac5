function matrixMultiply(a, b) {
  // Convert to BigInt once and transpose b, then every cell is a dot product of a row of a
  // and a column of b.
  const m = b.length;
  const p = b[0].length;
  const cols = [];
  for (let j = 0; j < p; j++) cols.push(b.map((row) => BigInt(row[j])));
  return a.map((row) => {
    const r = row.map(BigInt);
    return cols.map((col) => {
      let sum = 0n;
      for (let k = 0; k < m; k++) sum += r[k] * col[k];
      return sum;
    });
  });
}
