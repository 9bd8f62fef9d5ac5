function lifeAfter(grid, k) {
  // Rows are packed 32 cells to an Int32Array word, with a dead row above and below the board.
  // Each generation adds the 8 neighbour words of every word into a 3-bit counter per cell.
  const h = grid.length;
  const w = h ? grid[0].length : 0;
  if (h === 0 || w === 0 || k === 0) return grid.slice();
  const W = (w + 31) >>> 5;
  const last = (w & 31) === 0 ? -1 : (1 << (w & 31)) - 1;
  let cur = new Int32Array((h + 2) * W);
  let nxt = new Int32Array((h + 2) * W);
  for (let r = 0; r < h; r++) {
    const row = grid[r];
    for (let c = 0; c < w; c++) if (row.charCodeAt(c) === 35) cur[(r + 1) * W + (c >>> 5)] |= 1 << (c & 31);
  }
  for (let g = 0; g < k; g++) {
    for (let r = 1; r <= h; r++) {
      for (let j = 0; j < W; j++) {
        const i = r * W + j;
        const up = cur[i - W];
        const mid = cur[i];
        const dn = cur[i + W];
        const first = j === 0;
        const lastWord = j + 1 === W;
        let c0 = 0;
        let c1 = 0;
        let c2 = 0;
        let x;
        let carry;
        x = up; carry = c0 & x; c0 ^= x; c2 |= c1 & carry; c1 ^= carry;
        x = dn; carry = c0 & x; c0 ^= x; c2 |= c1 & carry; c1 ^= carry;
        x = (up << 1) | (first ? 0 : cur[i - W - 1] >>> 31); carry = c0 & x; c0 ^= x; c2 |= c1 & carry; c1 ^= carry;
        x = (mid << 1) | (first ? 0 : cur[i - 1] >>> 31); carry = c0 & x; c0 ^= x; c2 |= c1 & carry; c1 ^= carry;
        x = (dn << 1) | (first ? 0 : cur[i + W - 1] >>> 31); carry = c0 & x; c0 ^= x; c2 |= c1 & carry; c1 ^= carry;
        x = (up >>> 1) | (lastWord ? 0 : cur[i - W + 1] << 31); carry = c0 & x; c0 ^= x; c2 |= c1 & carry; c1 ^= carry;
        x = (mid >>> 1) | (lastWord ? 0 : cur[i + 1] << 31); carry = c0 & x; c0 ^= x; c2 |= c1 & carry; c1 ^= carry;
        x = (dn >>> 1) | (lastWord ? 0 : cur[i + W + 1] << 31); carry = c0 & x; c0 ^= x; c2 |= c1 & carry; c1 ^= carry;
        // count 3: c0 & c1; count 2: ~c0 & c1 with the cell alive; c2 marks 4 or more
        let v = c1 & (c0 | cur[i]) & ~c2;
        if (j === W - 1) v &= last;
        nxt[i] = v;
      }
    }
    const t = cur;
    cur = nxt;
    nxt = t;
  }
  const out = [];
  for (let r = 0; r < h; r++) {
    let s = '';
    for (let c = 0; c < w; c++) s += (cur[(r + 1) * W + (c >>> 5)] >>> (c & 31)) & 1 ? '#' : '.';
    out.push(s);
  }
  return out;
}
