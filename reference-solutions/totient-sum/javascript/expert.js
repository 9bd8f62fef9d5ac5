function totientSum(n) {
  // Phi(v) = sum of phi(k) for k <= v satisfies v (v + 1) / 2 = sum over d >= 1 of Phi(v / d)
  // (floor division; every pair a <= b <= v counted by gcd). Phi is sieved directly up to
  // L ~ n^(2/3) (a linear sieve in typed arrays); above L only Phi(n / i), i <= K, are
  // needed, found from i = K down to 1, each from O(sqrt(n / i)) smaller ones: O(n^(2/3)).
  if (n <= 0) return 0;
  const L = Math.min(n, Math.max(Math.floor(0.9 * Math.cbrt(n) ** 2), Math.floor(Math.sqrt(n)) + 1));
  const phi = new Int32Array(L + 1);
  const primes = new Int32Array(L + 1);
  let np = 0;
  phi[1] = 1;
  for (let k = 2; k <= L; k++) {
    if (phi[k] === 0) {
      phi[k] = k - 1;
      primes[np++] = k;
    }
    const pk = phi[k];
    for (let j = 0; j < np; j++) {
      const p = primes[j];
      const m = k * p;
      if (m > L) break;
      if (k % p === 0) {
        phi[m] = pk * p;
        break;
      }
      phi[m] = pk * (p - 1);
    }
  }
  const small = new Float64Array(L + 1); // small[v] = Phi(v) for v <= L
  let acc = 0;
  for (let v = 1; v <= L; v++) small[v] = acc += phi[v];
  if (n <= L) return small[n];
  const K = Math.floor(n / (L + 1)); // n / i > L exactly for i <= K
  const big = new Float64Array(K + 1); // big[i] = Phi(n / i)
  for (let i = K; i >= 1; i--) {
    const v = Math.floor(n / i);
    const s = Math.floor(Math.sqrt(v));
    let total = (v * (v + 1)) / 2;
    // d = 2..s: Phi(v / d) is big[i * d] while i * d <= K, else small[v / d].
    const top = Math.min(s, Math.floor(K / i));
    for (let j = 2 * i, end = i * top; j <= end; j += i) total -= big[j];
    for (let d = top + 1; d <= s; d++) total -= small[Math.floor(v / d)];
    // d > s: with q = v / d <= qmax = v / (s + 1), summing by parts gives
    // sum over q <= qmax of (v / q) * phi(q), less s * Phi(qmax).
    const qmax = Math.floor(v / (s + 1));
    for (let q = 1; q <= qmax; q++) total -= Math.floor(v / q) * phi[q];
    big[i] = total + s * small[qmax];
  }
  return big[1];
}
