function countDistinctWindows(s, k) {
  // Two polynomial rolling hashes (base 256, primes below 2^26) move from one window to the
  // next in O(1); their pair, packed into one exact number below 2^52, goes into a set, so
  // the windows themselves are never copied or hashed. Two windows collide with probability
  // about n^2 / 2^52.
  const n = s.length;
  if (k > n) return 0;
  const P1 = 67108859;
  const P2 = 67108837;
  let h1 = 0;
  let h2 = 0;
  let top1 = 1;
  let top2 = 1;
  for (let i = 0; i < k; i++) {
    const c = s.charCodeAt(i);
    h1 = (h1 * 256 + c) % P1;
    h2 = (h2 * 256 + c) % P2;
    top1 = (top1 * 256) % P1;
    top2 = (top2 * 256) % P2;
  }
  const seen = new Set();
  seen.add(h1 * P2 + h2);
  for (let i = k; i < n; i++) {
    const c = s.charCodeAt(i);
    const out = s.charCodeAt(i - k);
    h1 = (h1 * 256 + c - out * top1) % P1;
    if (h1 < 0) h1 += P1;
    h2 = (h2 * 256 + c - out * top2) % P2;
    if (h2 < 0) h2 += P2;
    seen.add(h1 * P2 + h2);
  }
  return seen.size;
}
