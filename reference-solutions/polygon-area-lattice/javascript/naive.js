function polygonLattice(xs, ys) {
  // Shoelace formula in BigInt (exact at any size); each edge from p to q holds
  // gcd(|dx|, |dy|) lattice points besides p; Pick's theorem 2A = 2I + B - 2 gives I.
  const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
  const abs = (a) => (a < 0n ? -a : a);
  const n = xs.length;
  let twice = 0n;
  let boundary = 0n;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const [x1, y1, x2, y2] = [xs[i], ys[i], xs[j], ys[j]].map(BigInt);
    twice += x1 * y2 - x2 * y1;
    boundary += gcd(abs(x2 - x1), abs(y2 - y1));
  }
  twice = abs(twice);
  return [twice, boundary, (twice - boundary + 2n) / 2n];
}
