function totientSum(n) {
  // Phi(v) = sum of phi(k) for k <= v satisfies v (v + 1) / 2 = sum over d >= 1 of Phi(v / d)
  // (floor division; every pair a <= b <= v counted by gcd). Phi is sieved directly up to
  // L ~ n^(2/3); above L only the values Phi(n / i), i <= K, are needed, found from i = K down
  // to 1, each summing over the O(sqrt(n / i)) blocks of d with equal v / d: O(n^(2/3)).
  if (n <= 0) return 0;
  const L = Math.min(n, Math.max(Math.floor(Math.cbrt(n) ** 2), Math.floor(Math.sqrt(n)) + 1));
  const phi = [];
  for (let k = 0; k <= L; k++) phi.push(k);
  for (let p = 2; p <= L; p++) {
    if (phi[p] !== p) continue;
    for (let m = p; m <= L; m += p) phi[m] -= phi[m] / p;
  }
  const small = [0]; // small[v] = Phi(v) for v <= L
  for (let v = 1; v <= L; v++) small.push(small[v - 1] + phi[v]);
  if (n <= L) return small[n];
  const K = Math.floor(n / (L + 1)); // n / i > L exactly for i <= K
  const big = new Array(K + 1).fill(0); // big[i] = Phi(n / i)
  for (let i = K; i >= 1; i--) {
    const v = Math.floor(n / i);
    let total = (v * (v + 1)) / 2;
    let d = 2;
    while (d <= v) {
      const q = Math.floor(v / d);
      const last = Math.floor(v / q); // the largest d' with v / d' = q
      total -= (last - d + 1) * (q <= L ? small[q] : big[Math.floor(n / q)]);
      d = last + 1;
    }
    big[i] = total;
  }
  return big[1];
}
