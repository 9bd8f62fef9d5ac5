function totientSum(n) {
  // Sieve phi(k) for every k up to n (phi(k) = k * prod(1 - 1/p) over the primes p | k), then
  // add them up.
  const phi = [];
  for (let k = 0; k <= n; k++) phi.push(k);
  for (let p = 2; p <= n; p++) {
    if (phi[p] !== p) continue; // touched before: not prime
    for (let m = p; m <= n; m += p) phi[m] -= phi[m] / p;
  }
  let total = 0;
  for (let k = 1; k <= n; k++) total += phi[k];
  return total;
}
