function countPrimesInRange(lo, hi) {
  // Segmented sieve over the odd numbers only: index j of the segment stands for first + 2j.
  // The odd primes up to sqrt(hi) come from an odd-only sieve as well.
  if (hi < 2) return 0;
  let count = lo <= 2 ? 1 : 0;
  const first = Math.max(lo, 3) | 1; // first odd number >= max(lo, 3); hi < 2^31
  if (first > hi) return count;
  const size = ((hi - first) >> 1) + 1;
  const root = Math.floor(Math.sqrt(hi));
  const half = (root + 1) >> 1; // odd numbers 1, 3, ..., <= root
  const small = new Uint8Array(half); // 1 = composite
  small[0] = 1;
  const seg = new Uint8Array(size);
  for (let i = 1; i < half; i++) {
    if (small[i]) continue;
    const p = 2 * i + 1;
    for (let j = (p * p) >> 1; j < half; j += p) small[j] = 1;
    let start = p * p;
    if (start < first) {
      start = first + ((p - (first % p)) % p);
      if ((start & 1) === 0) start += p;
    }
    for (let j = (start - first) >> 1; j < size; j += p) seg[j] = 1;
  }
  for (let j = 0; j < size; j++) count += seg[j] ^ 1;
  return count;
}
