function editDistance(a, b) {
  // Common prefix and suffix are stripped (they never change the distance). Then Myers'
  // bit-parallel algorithm in Hyyro's form for the global distance, blocked over 30-bit words
  // so every intermediate stays a small integer: the shorter string is the column (one bit per
  // character), each character of the longer one advances all blocks by a few word operations;
  // the horizontal delta leaving a block's top row enters the next block.
  let n = a.length;
  let m = b.length;
  let k = 0;
  const lim = n < m ? n : m;
  while (k < lim && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  while (n > k && m > k && a.charCodeAt(n - 1) === b.charCodeAt(m - 1)) {
    n--;
    m--;
  }
  if (n < m) {
    const t = a;
    a = b;
    b = t;
    const tn = n;
    n = m;
    m = tn;
  }
  // Now a[k..n) is the longer (or equal) part, b[k..m) the shorter.
  const rows = m - k;
  if (rows === 0) return n - k;
  const W = 30;
  const MASK = 0x3fffffff;
  const blocks = ((rows + W - 1) / W) | 0;
  // peq[c * blocks + blk]: bit r set when b[k + blk * W + r] is letter c.
  const peq = new Int32Array(26 * blocks);
  for (let blk = 0, r0 = 0; blk < blocks; blk++, r0 += W) {
    const end = rows - r0 < W ? rows - r0 : W;
    for (let r = 0, bit = 1; r < end; r++, bit <<= 1) {
      const idx = (b.charCodeAt(k + r0 + r) - 97) * blocks + blk;
      peq[idx] |= bit;
    }
  }
  const pv = new Int32Array(blocks).fill(MASK);
  const mv = new Int32Array(blocks);
  const lastBits = rows - (blocks - 1) * W;
  const lastMask = lastBits === W ? MASK : (1 << lastBits) - 1;
  pv[blocks - 1] = lastMask;
  const lastHigh = 1 << (lastBits - 1);
  const HIGH = 1 << (W - 1);
  let score = rows;
  const last = blocks - 1;
  for (let i = k; i < n; i++) {
    const base = (a.charCodeAt(i) - 97) * blocks;
    let hin = 1; // the top row D[0][j] grows by one per column
    for (let blk = 0; blk < last; blk++) {
      const p = pv[blk];
      const q = mv[blk];
      let eq = peq[base + blk];
      const xv = eq | q;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) + p) & MASK) ^ p) | eq;
      let ph = q | (~(xh | p) & MASK);
      let mh = p & xh;
      const hout = (ph & HIGH) !== 0 ? 1 : (mh & HIGH) !== 0 ? -1 : 0;
      ph = (ph << 1) & MASK;
      mh = (mh << 1) & MASK;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[blk] = mh | (~(xv | ph) & MASK);
      mv[blk] = ph & xv;
      hin = hout;
    }
    const p = pv[last];
    const q = mv[last];
    let eq = peq[base + last];
    const xv = eq | q;
    if (hin < 0) eq |= 1;
    const xh = ((((eq & p) + p) & lastMask) ^ p) | eq;
    let ph = q | (~(xh | p) & lastMask);
    let mh = p & xh;
    if ((ph & lastHigh) !== 0) score++;
    else if ((mh & lastHigh) !== 0) score--;
    ph = (ph << 1) & lastMask;
    mh = (mh << 1) & lastMask;
    if (hin < 0) mh |= 1;
    else if (hin > 0) ph |= 1;
    pv[last] = mh | (~(xv | ph) & lastMask);
    mv[last] = ph & xv;
  }
  return score;
}
