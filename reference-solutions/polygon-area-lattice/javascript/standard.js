function polygonLattice(xs, ys) {
  // Shoelace formula (twice the signed area); each edge from p to q holds gcd(|dx|, |dy|)
  // lattice points besides p; Pick's theorem 2A = 2I + B - 2 gives I. Each cross term is
  // exact in a double (below 2^42); the running sum moves into a BigInt before it could pass
  // 2^53.
  const n = xs.length;
  let partial = 0;
  let big = 0n;
  let boundary = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    partial += xs[i] * ys[j] - xs[j] * ys[i];
    if (partial > 4e15 || partial < -4e15) {
      big += BigInt(partial);
      partial = 0;
    }
    let a = Math.abs(xs[j] - xs[i]);
    let b = Math.abs(ys[j] - ys[i]);
    while (b !== 0) {
      const r = a % b;
      a = b;
      b = r;
    }
    boundary += a;
  }
  big += BigInt(partial);
  const twice = Number(big < 0n ? -big : big);
  return [twice, boundary, (twice - boundary + 2) / 2];
}
