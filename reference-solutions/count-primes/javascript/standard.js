function countPrimes(n) {
  // Sieve of Eratosthenes over 0..n-1: clear the even numbers once, then for each odd prime p
  // clear its odd multiples from p * p on (step 2p); count what is left.
  if (n < 3) return 0;
  const sieve = new Uint8Array(n).fill(1);
  sieve[0] = 0;
  sieve[1] = 0;
  for (let m = 4; m < n; m += 2) sieve[m] = 0;
  for (let p = 3; p * p < n; p += 2) {
    if (sieve[p]) {
      for (let m = p * p; m < n; m += 2 * p) sieve[m] = 0;
    }
  }
  let count = 0;
  for (let i = 0; i < n; i++) count += sieve[i];
  return count;
}
