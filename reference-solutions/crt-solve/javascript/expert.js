function crtSolve(remainders, moduli) {
  // Merge the congruences one by one, keeping x < M (the modulus merged so far) as BigInts.
  // A step needs only two big-by-small remainders, one big-by-small product and one small
  // Euclid in plain numbers: with R = M mod m and g = gcd(R, m) (= gcd(M, m)),
  // x + M * t = r (mod m) has a solution iff g divides d = r - x mod m, and then
  // t = (d / g) * (R / g)^-1 mod (m / g) is the smallest one, so x + M * t < lcm.
  let x = 0n;
  let M = 1n;
  for (let i = 0; i < moduli.length; i++) {
    const m = moduli[i];
    const mBig = BigInt(m);
    const R = Number(M % mBig);
    let d = (remainders[i] - Number(x % mBig)) % m;
    if (d < 0) d += m;
    // Extended Euclid on (R, m): s0 * R = a (mod m) throughout; numbers stay below 10^6.
    let a = R;
    let b = m;
    let s0 = 1;
    let s1 = 0;
    while (b !== 0) {
      const q = Math.floor(a / b);
      const nb = a - q * b;
      a = b;
      b = nb;
      const ns = s0 - q * s1;
      s0 = s1;
      s1 = ns;
    }
    const g = a;
    if (d % g !== 0) return -1;
    const mg = m / g;
    if (mg > 1) {
      let inv = s0 % mg;
      if (inv < 0) inv += mg;
      const t = ((d / g) * inv) % mg; // below 10^12: exact
      x += M * BigInt(t);
      M *= BigInt(mg);
    }
  }
  return x;
}
