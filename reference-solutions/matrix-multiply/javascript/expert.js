function matrixMultiply(a, b) {
  // Kronecker packing: row k of b becomes ONE BigInt holding b[k][0] + beta, b[k][1] + beta, ...
  // in W-bit slots (beta = max |b| makes every slot non-negative). Row i of the product is
  // then a single BigInt sum of a[i][k] * packed[k] whose slots are the p cells of that row,
  // so V8's native BigInt arithmetic does p multiply-adds per JS-level operation instead of
  // one BigInt multiply and add per cell and k. Slot j ends up holding
  //   s = c[i][j] + beta * sum(a[i]),  |s| <= amax * 2 * bmax * m < bound,
  // and starting from `bound` in every slot keeps each slot in [1, 2 * bound): no slot
  // borrows from or carries into its neighbour, as W holds 2 * bound. Same O(n * m * p) work.
  const n = a.length;
  if (n === 0) return [];
  const m = b.length;
  const p = b[0].length;
  const big = BigInt;
  let amax = 0;
  for (let i = 0; i < n; i++) {
    const row = a[i];
    for (let k = 0; k < m; k++) {
      const x = row[k];
      if (x > amax) amax = x;
      else if (-x > amax) amax = -x;
    }
  }
  let bmax = 0;
  for (let k = 0; k < m; k++) {
    const row = b[k];
    for (let j = 0; j < p; j++) {
      const x = row[j];
      if (x > bmax) bmax = x;
      else if (-x > bmax) bmax = -x;
    }
  }
  const beta = bmax;
  const bound = big(amax) * big(2 * bmax) * big(m) + 1n;
  const W = big((2n * bound).toString(2).length);
  const mask = (1n << W) - 1n;
  // packed[k]: slot j (bits j * W to j * W + W - 1) holds b[k][j] + beta.
  const packed = new Array(m);
  for (let k = 0; k < m; k++) {
    const row = b[k];
    let acc = 0n;
    for (let j = p - 1; j >= 0; j--) acc = (acc << W) | big(row[j] + beta);
    packed[k] = acc;
  }
  let start = 0n;
  for (let j = 0; j < p; j++) start = (start << W) | bound;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = a[i];
    let total = start;
    let rowSum = 0;
    for (let k = 0; k < m; k++) {
      const x = row[k];
      rowSum += x;
      if (x !== 0) total += big(x) * packed[k];
    }
    // Peel the slots off from the low end.
    const off = bound + big(beta) * big(rowSum);
    const res = new Array(p);
    for (let j = 0; j < p; j++) {
      res[j] = (total & mask) - off;
      total >>= W;
    }
    out[i] = res;
  }
  return out;
}
