class Fenwick {
  constructor(n) {
    this.n = n;
    this.tree = new Array(n + 1).fill(0);
  }

  add(i, x) {
    for (; i <= this.n; i += i & -i) this.tree[i] += x;
  }

  prefix(i) {
    let s = 0;
    for (; i > 0; i -= i & -i) s += this.tree[i];
    return s;
  }
}

const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, q] = lines[0].split(' ').map(Number);
const a = lines[1].split(' ').map(Number);
// The initial array lives in prefix sums; the adds in two Fenwick trees over their difference
// array: the part added to the prefix up to p is p * B1.prefix(p) - B2.prefix(p).
const base = [0];
for (let i = 0; i < n; i++) base.push(base[i] + a[i]);
const b1 = new Fenwick(n + 1);
const b2 = new Fenwick(n + 1);
const addedPrefix = (p) => p * b1.prefix(p) - b2.prefix(p);
const out = [];
for (let k = 0; k < q; k++) {
  const op = lines[2 + k].split(' ').map(Number);
  const l = op[1];
  const r = op[2];
  if (op[0] === 1) {
    const x = op[3];
    b1.add(l, x);
    b1.add(r + 1, -x);
    b2.add(l, x * (l - 1));
    b2.add(r + 1, -x * r);
  } else {
    out.push(base[r] - base[l - 1] + addedPrefix(r) - addedPrefix(l - 1));
  }
}
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
