function countPrimesInRange(lo, hi) {
  // Sieve of Eratosthenes over all of 0..hi, then count the primes from lo on.
  if (hi < 2) return 0;
  const composite = new Uint8Array(hi + 1);
  composite[0] = composite[1] = 1;
  for (let p = 2; p * p <= hi; p++) {
    if (composite[p]) continue;
    for (let m = p * p; m <= hi; m += p) composite[m] = 1;
  }
  let count = 0;
  for (let k = lo; k <= hi; k++) if (!composite[k]) count++;
  return count;
}
