function pascalRow(n, m) {
  // Only the previous row is kept; each new row is built from it.
  let row = [1 % m];
  for (let i = 1; i <= n; i++) {
    const next = new Array(i + 1);
    next[0] = 1 % m;
    next[i] = 1 % m;
    for (let k = 1; k < i; k++) next[k] = (row[k - 1] + row[k]) % m;
    row = next;
  }
  return row;
}
