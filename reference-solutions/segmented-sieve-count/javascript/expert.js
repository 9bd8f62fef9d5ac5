function countPrimesInRange(lo, hi) {
  // Segmented sieve over the odd numbers only: index j of the segment stands for first + 2j.
  // The odd primes up to sqrt(hi) come from an odd-only sieve as well. Crossing off is
  // unrolled four times; the survivors are counted four bytes at a time through an Int32Array
  // view (each byte lane sums at most 127 words before it is folded).
  if (hi < 2) return 0;
  let count = lo <= 2 ? 1 : 0;
  const first = Math.max(lo, 3) | 1; // first odd number >= max(lo, 3); hi < 2^31
  if (first > hi) return count;
  const size = ((hi - first) >> 1) + 1;
  const root = Math.floor(Math.sqrt(hi));
  const half = (root + 1) >> 1; // odd numbers 1, 3, ..., <= root
  const small = new Uint8Array(half); // 1 = composite
  small[0] = 1;
  const words = (size + 3) >> 2;
  const seg = new Uint8Array(words << 2); // 1 = prime; the padding bytes stay 0
  seg.fill(1, 0, size);
  for (let i = 1; i < half; i++) {
    if (small[i]) continue;
    const p = 2 * i + 1;
    for (let j = (p * p) >> 1; j < half; j += p) small[j] = 1;
    let start = p * p;
    if (start < first) {
      start = first + ((p - (first % p)) % p);
      if ((start & 1) === 0) start += p;
    }
    let j = (start - first) >> 1;
    const p2 = p + p;
    const p3 = p2 + p;
    const p4 = p2 + p2;
    for (const stop = size - p3; j < stop; j += p4) {
      seg[j] = 0;
      seg[j + p] = 0;
      seg[j + p2] = 0;
      seg[j + p3] = 0;
    }
    for (; j < size; j += p) seg[j] = 0;
  }
  const w = new Int32Array(seg.buffer);
  let i = 0;
  while (i < words) {
    const end = words - i > 127 ? i + 127 : words;
    let acc = 0;
    for (; i < end; i++) acc += w[i];
    count += (acc & 255) + ((acc >> 8) & 255) + ((acc >> 16) & 255) + (acc >>> 24);
  }
  return count;
}
