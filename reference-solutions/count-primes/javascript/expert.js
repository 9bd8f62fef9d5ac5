function countPrimes(n) {
  // Odd-only sieve in a Uint8Array: index j stands for 2j + 1. The multiples of 3, 5, 7, 11
  // and 13 repeat with period 15015 indices, so that pattern is sieved once and copied over the
  // whole array natively (copyWithin, doubling); only primes from 17 on are then crossed off,
  // with the inner loop unrolled four times. The ones are counted four bytes at a time through
  // an Int32Array view: each byte lane sums at most 127 words before it is folded.
  if (n < 3) return 0;
  const half = n >> 1; // odd numbers below n: 1, 3, ..., 2 * half - 1
  const words = (half + 3) >> 2;
  const s = new Uint8Array(words << 2);
  const PERIOD = 15015; // 3 * 5 * 7 * 11 * 13
  const pat = half < PERIOD ? half : PERIOD;
  s.fill(1, 0, pat);
  for (let p = 3; p <= 13; p += 2) {
    if (p === 9) continue;
    for (let j = p >> 1; j < pat; j += p) s[j] = 0;
  }
  let len = pat;
  while (len < half) {
    const take = half - len < len ? half - len : len;
    s.copyWithin(len, 0, take);
    len += take;
  }
  s[0] = 0; // 1 is not prime
  if (half > 1) s[1] = 1; // 3
  if (half > 2) s[2] = 1; // 5
  if (half > 3) s[3] = 1; // 7
  if (half > 5) s[5] = 1; // 11
  if (half > 6) s[6] = 1; // 13
  for (let p = 17; p * p < n; p += 2) {
    if (s[p >> 1] === 0) continue;
    const p2 = p + p;
    const p3 = p2 + p;
    const p4 = p2 + p2;
    let j = (p * p) >> 1;
    for (const stop = half - p3; j < stop; j += p4) {
      s[j] = 0;
      s[j + p] = 0;
      s[j + p2] = 0;
      s[j + p3] = 0;
    }
    for (; j < half; j += p) s[j] = 0;
  }
  const w = new Int32Array(s.buffer);
  let total = 1; // the prime 2
  let i = 0;
  while (i < words) {
    const end = words - i > 127 ? i + 127 : words;
    let acc = 0;
    for (; i < end; i++) acc += w[i];
    total += (acc & 255) + ((acc >> 8) & 255) + ((acc >> 16) & 255) + (acc >>> 24);
  }
  return total;
}
