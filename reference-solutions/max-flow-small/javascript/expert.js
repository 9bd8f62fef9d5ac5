(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // All tokens converted natively: newlines become spaces, one split, one Int32Array.
  const tok = new Int32Array(data.replaceAll('\n', ' ').split(' '));
  const n = tok[0];
  const m = tok[1];
  const s = tok[2];
  const t = tok[3];
  // Dinic over a compressed adjacency (CSR) of edge ids; edge k and its reverse k ^ 1 sit side
  // by side. A breadth-first search builds the level graph, then an iterative depth-first search
  // sends blocking flow along edges one level down, each node's edge pointer only moving forward.
  const to = new Int32Array(2 * m);
  const cap = new Float64Array(2 * m);
  const start = new Int32Array(n + 2);
  for (let e = 0; e < m; e++) {
    const u = tok[4 + 3 * e];
    const v = tok[5 + 3 * e];
    to[2 * e] = v;
    cap[2 * e] = tok[6 + 3 * e];
    to[2 * e + 1] = u;
    start[u + 1]++;
    start[v + 1]++;
  }
  for (let v = 0; v <= n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n + 1);
  const adj = new Int32Array(2 * m);
  for (let k = 0; k < 2 * m; k++) adj[fill[to[k ^ 1]]++] = k;
  const level = new Int32Array(n + 1);
  const queue = new Int32Array(n + 1);
  const pointer = new Int32Array(n + 1);
  const path = new Int32Array(n + 1);
  let flow = 0;
  for (;;) {
    level.fill(-1);
    level[s] = 0;
    queue[0] = s;
    for (let head = 0, tail = 1; head < tail && level[t] < 0; head++) {
      const u = queue[head];
      for (let i = start[u], end = start[u + 1]; i < end; i++) {
        const k = adj[i];
        const v = to[k];
        if (level[v] < 0 && cap[k] > 0) {
          level[v] = level[u] + 1;
          queue[tail++] = v;
        }
      }
    }
    if (level[t] < 0) break;
    for (let v = 0; v <= n; v++) pointer[v] = start[v];
    for (;;) {
      let depth = 0;
      let u = s;
      while (u !== t) {
        const end = start[u + 1];
        const want = level[u] + 1;
        let i = pointer[u];
        while (i < end && (cap[adj[i]] <= 0 || level[to[adj[i]]] !== want)) i++;
        pointer[u] = i;
        if (i === end) {
          if (depth === 0) break;
          // Dead end: retreat and skip the edge that led here.
          level[u] = -1;
          const k = path[--depth];
          u = to[k ^ 1];
          pointer[u]++;
          continue;
        }
        path[depth++] = adj[i];
        u = to[adj[i]];
      }
      if (u !== t) break;
      let push = Infinity;
      for (let d = 0; d < depth; d++) if (cap[path[d]] < push) push = cap[path[d]];
      for (let d = 0; d < depth; d++) {
        cap[path[d]] -= push;
        cap[path[d] ^ 1] += push;
      }
      flow += push;
    }
  }
  console.log(String(flow));
})();
