function polygonLattice(xs, ys) {
  // Shoelace formula (twice the signed area); each edge from p to q holds gcd(|dx|, |dy|)
  // lattice points besides p; Pick's theorem 2A = 2I + B - 2 gives I. One pass carries the
  // previous vertex in locals. Each cross term is below 2^42 in size, so 2048 of them sum
  // exactly in a double; that partial sum then moves into a BigInt. The gcd is an inline
  // Euclid loop.
  const n = xs.length;
  let big = 0n;
  let boundary = 0;
  let x1 = xs[n - 1];
  let y1 = ys[n - 1];
  for (let start = 0; start < n; start += 2048) {
    const end = Math.min(n, start + 2048);
    let partial = 0;
    for (let i = start; i < end; i++) {
      const x2 = xs[i];
      const y2 = ys[i];
      partial += x1 * y2 - x2 * y1;
      let a = x2 > x1 ? x2 - x1 : x1 - x2;
      let b = y2 > y1 ? y2 - y1 : y1 - y2;
      while (b !== 0) {
        const r = a % b;
        a = b;
        b = r;
      }
      boundary += a;
      x1 = x2;
      y1 = y2;
    }
    big += BigInt(partial);
  }
  const twice = Number(big < 0n ? -big : big);
  return [twice, boundary, (twice - boundary + 2) / 2];
}
