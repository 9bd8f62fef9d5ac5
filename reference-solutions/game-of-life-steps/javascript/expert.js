function lifeAfter(grid, k) {
  // Rows are packed 32 cells to an Int32Array word, with a dead row above and below the board.
  // Per generation, one pass stores every word's horizontal 3-sum (left + self + right) as two
  // bit planes; a second pass adds the sums of the rows above and below to the 2-sum
  // (left + right) of the row itself. A cell lives next when the count is 3, or 2 and alive.
  const h = grid.length;
  const w = h ? grid[0].length : 0;
  if (h === 0 || w === 0 || k === 0) return grid.slice();
  const W = (w + 31) >>> 5;
  const n = (h + 2) * W;
  const last = (w & 31) === 0 ? -1 : (1 << (w & 31)) - 1;
  let cur = new Int32Array(n);
  let nxt = new Int32Array(n);
  const H0 = new Int32Array(n);
  const H1 = new Int32Array(n);
  for (let r = 0; r < h; r++) {
    const row = grid[r];
    const base = (r + 1) * W;
    for (let c = 0; c < w; c++) if (row.charCodeAt(c) === 35) cur[base + (c >>> 5)] |= 1 << (c & 31);
  }
  const end = (h + 1) * W;
  for (let g = 0; g < k; g++) {
    for (let base = W; base < end; base += W) {
      let prev = 0;
      let x = cur[base];
      for (let j = 0; j < W; j++) {
        const next = j + 1 < W ? cur[base + j + 1] : 0;
        const lft = (x << 1) | (prev >>> 31);
        const rgt = (x >>> 1) | (next << 31);
        const t = lft ^ x;
        H0[base + j] = t ^ rgt;
        H1[base + j] = (lft & x) | (t & rgt);
        prev = x;
        x = next;
      }
    }
    for (let base = W; base < end; base += W) {
      for (let i = base, stop = base + W; i < stop; i++) {
        const x = cur[i];
        const h0 = H0[i];
        const m0 = h0 ^ x; // left + right = the 3-sum minus the cell itself
        const m1 = H1[i] & (h0 | ~x);
        const u0 = H0[i - W];
        const d0 = H0[i + W];
        const u1 = H1[i - W];
        const d1 = H1[i + W];
        const t = u0 ^ m0;
        const a0 = t ^ d0;
        const c = (u0 & m0) | (t & d0);
        // the 2s place holds u1 + m1 + d1 + c; the count is 2 or 3 when that sum is exactly 1
        nxt[i] = (u1 ^ m1 ^ d1 ^ c) & (a0 | x) & ~((u1 & m1) | (d1 & c));
      }
      nxt[base + W - 1] &= last;
    }
    const t = cur;
    cur = nxt;
    nxt = t;
  }
  const out = [];
  for (let r = 0; r < h; r++) {
    const base = (r + 1) * W;
    let s = '';
    for (let c = 0; c < w; c++) s += (cur[base + (c >>> 5)] >>> (c & 31)) & 1 ? '#' : '.';
    out.push(s);
  }
  return out;
}
