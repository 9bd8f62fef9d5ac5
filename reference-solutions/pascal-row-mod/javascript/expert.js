function pascalRow(n, m) {
  // One array of doubles advanced two rows per pass, in place from the right end:
  // C(i + 2, k) = C(i, k) + 2 C(i, k - 1) + C(i, k - 2), with the three old values carried in
  // locals so each entry costs one load and one store per two rows. Reduction is deferred:
  // after t unreduced rows every value is below m * 2^t, so reducing before t passes
  // 53 - bits(m) keeps every value an exact double (below 2^53).
  const row = new Array(n + 1).fill(0);
  row[0] = 1;
  const every = 53 - Math.ceil(Math.log2(m + 1));
  let i = 0;
  let pending = 0;
  if (n % 2 === 1) {
    row[1] = 1;
    i = 1;
    pending = 1;
  }
  while (i < n) {
    if (pending + 2 > every) {
      for (let k = 0; k <= i; k++) row[k] %= m;
      pending = 0;
    }
    // a = old[k], b = old[k - 1], c = old[k - 2]; old entries past i are 0.
    let a = 0;
    let b = 0;
    for (let k = i + 2; k >= 2; k--) {
      const c = row[k - 2];
      row[k] = a + b + b + c;
      a = b;
      b = c;
    }
    row[1] = a + b + b;
    i += 2;
    pending += 2;
  }
  const out = new Array(n + 1);
  for (let k = 0; k <= n; k++) out[k] = row[k] % m;
  return out;
}
