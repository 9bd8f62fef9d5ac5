function crtSolve(remainders, moduli) {
  // Merge the congruences one by one: step through x, x + M, x + 2M, ... (M the modulus of
  // the congruences merged so far) until one value fits the next congruence; after m steps
  // the values repeat modulo m, so none ever will.
  const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
  let x = 0n;
  let M = 1n;
  for (let i = 0; i < moduli.length; i++) {
    const m = BigInt(moduli[i]);
    const r = BigInt(remainders[i]);
    let found = false;
    for (let step = 0n; step < m; step++) {
      if (x % m === r) {
        found = true;
        break;
      }
      x += M;
    }
    if (!found) return -1;
    M = (M / gcd(M, m)) * m;
  }
  return x;
}
