// The row is packed 32 cells to an Int32Array word. The rule's set bits (or, when fewer, its
// clear bits, complementing the result) become a short list of (left, self, right) patterns;
// per word the four (left, self) combinations are built once and each pattern costs one AND.
const data = require('fs').readFileSync(0, 'latin1');
const eol = data.indexOf('\n');
const head = data.slice(0, eol).split(' ');
const rule = +head[0];
const w = +head[1];
let k = +head[2];
const W = (w + 31) >>> 5;
const last = (w & 31) === 0 ? -1 : (1 << (w & 31)) - 1;
let cur = new Int32Array(W);
let nxt = new Int32Array(W);
for (let i = 0, at = eol + 1; i < w; i++) if (data.charCodeAt(at + i) === 35) cur[i >>> 5] |= 1 << (i & 31);
let ones = 0;
for (let p = 0; p < 8; p++) ones += (rule >> p) & 1;
const flip = ones > 4 ? -1 : 0;
const wanted = [];
for (let p = 0; p < 8; p++) if (((rule >> p) & 1) !== (flip & 1)) wanted.push(p);
const nw = wanted.length;
if (nw === 0 && k > 0) {
  cur.fill(flip);
  k = 0;
}
const pairs = new Int32Array(4);
for (let g = 0; g < k; g++) {
  let prev = 0;
  let x = cur[0];
  for (let j = 0; j < W; j++) {
    const next = j + 1 < W ? cur[j + 1] : 0;
    const left = (x << 1) | (prev >>> 31);
    const right = (x >>> 1) | (next << 31);
    pairs[0] = ~left & ~x;
    pairs[1] = ~left & x;
    pairs[2] = left & ~x;
    pairs[3] = left & x;
    let v = 0;
    for (let q = 0; q < nw; q++) {
      const p = wanted[q];
      v |= pairs[p >> 1] & (p & 1 ? right : ~right);
    }
    nxt[j] = v ^ flip;
    prev = x;
    x = next;
  }
  nxt[W - 1] &= last;
  const t = cur;
  cur = nxt;
  nxt = t;
}
cur[W - 1] &= last;
const out = Buffer.allocUnsafe(w + 1);
for (let i = 0; i < w; i++) out[i] = (cur[i >>> 5] >>> (i & 31)) & 1 ? 35 : 46;
out[w] = 10;
process.stdout.write(out);
