(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // All tokens converted natively: newlines become spaces, one split, one Int32Array.
  const tok = new Int32Array(data.replaceAll('\n', ' ').split(' '));
  const n = tok[0];
  const m = tok[1];
  // Compressed adjacency (CSR) in typed arrays; self-loops dropped.
  const start = new Int32Array(n + 2);
  for (let e = 0, p = 2; e < m; e++, p += 2) {
    const u = tok[p];
    const v = tok[p + 1];
    if (u !== v) {
      start[u + 1]++;
      start[v + 1]++;
    }
  }
  for (let v = 0; v <= n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n + 1);
  const adj = new Int32Array(start[n + 1]);
  for (let e = 0, p = 2; e < m; e++, p += 2) {
    const u = tok[p];
    const v = tok[p + 1];
    if (u !== v) {
      adj[fill[u]++] = v;
      adj[fill[v]++] = u;
    }
  }
  // Depth-first search with low-links, iterative: a non-root u is a cut vertex when some child
  // v has low[v] >= disc[u]; a root when it has two or more children.
  const disc = new Int32Array(n + 1);
  const low = new Int32Array(n + 1);
  const isCut = new Uint8Array(n + 1);
  const nodes = new Int32Array(n + 1);
  const next = new Int32Array(n + 1);
  let time = 0;
  for (let root = 1; root <= n; root++) {
    if (disc[root] !== 0) continue;
    disc[root] = low[root] = ++time;
    let children = 0;
    let top = 0;
    nodes[0] = root;
    next[0] = start[root];
    while (top >= 0) {
      const u = nodes[top];
      const parent = top > 0 ? nodes[top - 1] : 0;
      const end = start[u + 1];
      let lu = low[u];
      let e = next[top];
      let descended = false;
      while (e < end) {
        const v = adj[e++];
        const d = disc[v];
        if (d === 0) {
          low[u] = lu;
          next[top] = e;
          disc[v] = low[v] = ++time;
          top++;
          nodes[top] = v;
          next[top] = start[v];
          descended = true;
          break;
        }
        if (d < lu && v !== parent) lu = d;
      }
      if (descended) continue;
      low[u] = lu;
      top--;
      if (parent !== 0) {
        if (lu < low[parent]) low[parent] = lu;
        if (parent === root) children++;
        else if (lu >= disc[parent]) isCut[parent] = 1;
      }
    }
    if (children >= 2) isCut[root] = 1;
  }
  const cut = [];
  for (let v = 1; v <= n; v++) if (isCut[v] === 1) cut.push(v);
  process.stdout.write(cut.length > 0 ? `${cut.length}\n${cut.join(' ')}\n` : '0\n');
})();
