function rangeMin(nums, queries) {
  // Sparse table in one flat Int32Array: row k (at offset k * n) holds the min of
  // nums[i .. i + 2^k - 1]. A query takes the two overlapping blocks of length 2^k, the largest
  // power of two not above its length (31 - clz32(length)).
  const n = nums.length;
  let levels = 1;
  while (1 << levels <= n) levels++;
  const t = new Int32Array(levels * n);
  for (let i = 0; i < n; i++) t[i] = nums[i];
  for (let k = 1, half = 1; k < levels; k++, half *= 2) {
    const base = k * n;
    const prev = base - n;
    const end = n - 2 * half;
    for (let i = 0; i <= end; i++) {
      const a = t[prev + i];
      const b = t[prev + i + half];
      t[base + i] = a < b ? a : b;
    }
  }
  const q = queries.length;
  const out = new Array(q);
  for (let j = 0; j < q; j++) {
    const query = queries[j];
    const l = query[0];
    const r = query[1];
    const k = 31 - Math.clz32(r - l + 1);
    const a = t[k * n + l];
    const b = t[k * n + r + 1 - (1 << k)];
    out[j] = a < b ? a : b;
  }
  return out;
}
