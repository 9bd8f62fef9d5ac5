function modpowSum(bases, exps, m) {
  // Square-and-multiply with all arithmetic inline (no helper calls in the hot loop).
  const n = bases.length;
  let total = 0;
  if (m < 94906265) {
    // m^2 < 2^53: plain double products are exact.
    for (let i = 0; i < n; i++) {
      let e = exps[i];
      let a = bases[i] % m;
      let r = 1 % m;
      while (e > 0) {
        if (e & 1) r = (r * a) % m;
        e >>>= 1;
        if (e === 0) break;
        a = (a * a) % m;
      }
      total += r;
      if (total >= m) total -= m;
    }
    return total;
  }
  // m < 2^31, so a product can reach 2^62: split the second factor into 16-bit halves so
  // every intermediate stays below 2^53 (bit operations do the split, no Math calls).
  for (let i = 0; i < n; i++) {
    let e = exps[i];
    let a = bases[i] % m;
    let r = 1;
    while (e > 0) {
      if (e & 1) r = (((r * (a >>> 16)) % m) * 65536 + r * (a & 65535)) % m;
      e >>>= 1;
      if (e === 0) break;
      a = (((a * (a >>> 16)) % m) * 65536 + a * (a & 65535)) % m;
    }
    total += r;
    if (total >= m) total -= m;
  }
  return total;
}
