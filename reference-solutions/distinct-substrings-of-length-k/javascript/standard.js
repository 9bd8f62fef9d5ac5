function countDistinctWindows(s, k) {
  // Rolling double hash (base 256, two primes below 2^26): each window's pair of hashes,
  // packed into one exact number h1 * P2 + h2, goes into a set.
  const n = s.length;
  if (k > n) return 0;
  const P1 = 67108859;
  const P2 = 67108837;
  let h1 = 0;
  let h2 = 0;
  let top1 = 1;
  let top2 = 1;
  for (let i = 0; i < k; i++) {
    h1 = (h1 * 256 + s.charCodeAt(i)) % P1;
    h2 = (h2 * 256 + s.charCodeAt(i)) % P2;
    top1 = (top1 * 256) % P1;
    top2 = (top2 * 256) % P2;
  }
  const seen = new Set([h1 * P2 + h2]);
  for (let i = k; i < n; i++) {
    h1 = (((h1 * 256 + s.charCodeAt(i) - s.charCodeAt(i - k) * top1) % P1) + P1) % P1;
    h2 = (((h2 * 256 + s.charCodeAt(i) - s.charCodeAt(i - k) * top2) % P2) + P2) % P2;
    seen.add(h1 * P2 + h2);
  }
  return seen.size;
}
