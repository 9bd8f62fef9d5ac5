function rangeMin(nums, queries) {
  // Sparse table: table[k][i] = min of nums[i .. i + 2^k - 1]; a query covers [l, r] with two
  // overlapping blocks of length 2^k, the largest power of two not above its length.
  const n = nums.length;
  const log = new Array(n + 1).fill(0);
  for (let i = 2; i <= n; i++) log[i] = log[i >> 1] + 1;
  const table = [nums];
  for (let k = 1; k <= log[n]; k++) {
    const prev = table[k - 1];
    const half = 1 << (k - 1);
    const row = new Array(n - 2 * half + 1);
    for (let i = 0; i < row.length; i++) row[i] = Math.min(prev[i], prev[i + half]);
    table.push(row);
  }
  const out = new Array(queries.length);
  for (let j = 0; j < queries.length; j++) {
    const l = queries[j][0];
    const r = queries[j][1];
    const k = log[r - l + 1];
    out[j] = Math.min(table[k][l], table[k][r - (1 << k) + 1]);
  }
  return out;
}
