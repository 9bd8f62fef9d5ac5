(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // Parse the non-negative integers straight from the bytes (tokens are short here, so this
  // beats splitting into strings and converting each one).
  const b = Buffer.from(data, 'latin1');
  const blen = b.length;
  const tok = new Int32Array((blen >> 1) + 2);
  let t = 0;
  let i = 0;
  while (i < blen && b[i] < 48) i++;
  while (i < blen) {
    let x = b[i++] - 48;
    let c;
    while ((c = b[i++]) >= 48) x = x * 10 + c - 48;
    tok[t++] = x;
    while (i < blen && b[i] < 48) i++;
  }
  const n = tok[0];
  const m = tok[1];
  const end = 2 + 2 * m;
  // Adjacency in compressed form: start[u] .. start[u + 1] indexes into adj.
  const start = new Int32Array(n + 1);
  const indeg = new Int32Array(n);
  for (let j = 2; j < end; j += 2) {
    start[tok[j]]++;
    indeg[tok[j + 1]]++;
  }
  for (let u = 0, s = 0; u <= n; u++) {
    const c = start[u];
    start[u] = s;
    s += c;
  }
  const fill = start.slice(0, n);
  const adj = new Int32Array(m);
  for (let j = 2; j < end; j += 2) adj[fill[tok[j]]++] = tok[j + 1];
  // Ready set as a 4-level bitmap (32 ways per level, up to 2^20 nodes): the smallest ready
  // node is found with four count-leading-zeros steps instead of a heap sift.
  const clz = Math.clz32;
  const b0 = new Int32Array((n >> 5) + 1);
  const b1 = new Int32Array((n >> 10) + 1);
  const b2 = new Int32Array((n >> 15) + 1);
  let b3 = 0;
  for (let v = 0; v < n; v++) {
    if (indeg[v] === 0) {
      b0[v >> 5] |= 1 << (v & 31);
      b1[v >> 10] |= 1 << ((v >> 5) & 31);
      b2[v >> 15] |= 1 << ((v >> 10) & 31);
      b3 |= 1 << (v >> 15);
    }
  }
  const order = new Int32Array(n);
  let len = 0;
  // Kahn's algorithm, always taking the smallest ready node.
  while (b3 !== 0) {
    // Lowest set bit of w: 31 - clz(w & -w).
    let w = b3;
    const i3 = 31 - clz(w & -w);
    w = b2[i3];
    const i2 = (i3 << 5) | (31 - clz(w & -w));
    w = b1[i2];
    const i1 = (i2 << 5) | (31 - clz(w & -w));
    w = b0[i1];
    const x = (i1 << 5) | (31 - clz(w & -w));
    order[len++] = x;
    w &= w - 1;
    b0[i1] = w;
    if (w === 0) {
      w = b1[i2] & ~(1 << (i1 & 31));
      b1[i2] = w;
      if (w === 0) {
        w = b2[i3] & ~(1 << (i2 & 31));
        b2[i3] = w;
        if (w === 0) b3 &= ~(1 << i3);
      }
    }
    for (let e = start[x], stop = start[x + 1]; e < stop; e++) {
      const v = adj[e];
      if (--indeg[v] === 0) {
        const j0 = v >> 5;
        const old = b0[j0];
        b0[j0] = old | (1 << (v & 31));
        if (old === 0) {
          const j1 = v >> 10;
          const o1 = b1[j1];
          b1[j1] = o1 | (1 << (j0 & 31));
          if (o1 === 0) {
            b2[v >> 15] |= 1 << (j1 & 31);
            b3 |= 1 << (v >> 15);
          }
        }
      }
    }
  }
  process.stdout.write(len < n ? 'CYCLE\n' : order.join(' ') + '\n');
})();
