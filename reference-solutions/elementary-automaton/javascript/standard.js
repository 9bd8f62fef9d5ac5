// The row is packed 32 cells to an Int32Array word. A step ORs together, for every set bit p of
// the rule, the cells whose (left, self, right) states spell p.
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [rule, w, k] = lines[0].split(' ').map(Number);
const W = (w + 31) >>> 5;
const last = (w & 31) === 0 ? -1 : (1 << (w & 31)) - 1;
let cur = new Int32Array(W);
let nxt = new Int32Array(W);
for (let i = 0; i < w; i++) if (lines[1].charCodeAt(i) === 35) cur[i >>> 5] |= 1 << (i & 31);
for (let g = 0; g < k; g++) {
  for (let j = 0; j < W; j++) {
    const x = cur[j];
    const left = (x << 1) | (j > 0 ? cur[j - 1] >>> 31 : 0);
    const right = (x >>> 1) | (j + 1 < W ? cur[j + 1] << 31 : 0);
    let v = 0;
    for (let p = 0; p < 8; p++) {
      if ((rule >> p) & 1) v |= (p & 4 ? left : ~left) & (p & 2 ? x : ~x) & (p & 1 ? right : ~right);
    }
    nxt[j] = j === W - 1 ? v & last : v;
  }
  const t = cur;
  cur = nxt;
  nxt = t;
}
let out = '';
for (let i = 0; i < w; i++) out += (cur[i >>> 5] >>> (i & 31)) & 1 ? '#' : '.';
process.stdout.write(out + '\n');
