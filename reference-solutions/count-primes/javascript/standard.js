function countPrimes(n) {
  // Sieve of Eratosthenes over the odd numbers only (index i stands for 2i + 1): for each odd
  // prime p clear its odd multiples from p * p on; count what is left, plus the prime 2.
  if (n < 3) return 0;
  const half = n >> 1; // odd numbers below n: 1, 3, ..., 2 * half - 1
  const sieve = new Uint8Array(half).fill(1);
  sieve[0] = 0; // 1 is not prime
  for (let p = 3; p * p < n; p += 2) {
    if (sieve[p >> 1]) {
      for (let i = (p * p) >> 1; i < half; i += p) sieve[i] = 0;
    }
  }
  let count = 1;
  for (let i = 0; i < half; i++) count += sieve[i];
  return count;
}
