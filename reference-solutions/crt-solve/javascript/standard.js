// Returns [g, s] with s * a = g (mod b), g = gcd(a, b): the extended Euclidean algorithm.
function extGcd(a, b) {
  let s0 = 1;
  let s1 = 0;
  while (b !== 0) {
    const q = Math.floor(a / b);
    const r = a - q * b;
    a = b;
    b = r;
    const s = s0 - q * s1;
    s0 = s1;
    s1 = s;
  }
  return [a, s0];
}

function crtSolve(remainders, moduli) {
  // Merge the congruences one by one. x = X (mod M) and x = r (mod m) agree iff
  // g = gcd(M, m) divides r - X; then x = X + M * ((r - X) / g * s mod m / g) (mod lcm),
  // with s * M = g (mod m) from the extended Euclidean algorithm (run on M mod m).
  let x = 0n;
  let M = 1n;
  for (let i = 0; i < moduli.length; i++) {
    const m = moduli[i];
    const mBig = BigInt(m);
    const [g, s] = extGcd(Number(M % mBig), m);
    const diff = remainders[i] - Number(x % mBig);
    if (diff % g !== 0) return -1;
    const lcm = (M / BigInt(g)) * mBig;
    const step = BigInt(m / g);
    const t = (((BigInt(diff / g) * BigInt(s)) % step) + step) % step;
    x = (x + t * M) % lcm;
    M = lcm;
  }
  return x;
}
