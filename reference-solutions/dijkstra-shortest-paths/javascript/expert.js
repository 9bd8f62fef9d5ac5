function shortestPaths(n, edges) {
  // Dijkstra with lazy deletion. Adjacency as a forward star in Int32Arrays (one pass over the
  // edges, no per-node arrays); the heap is two parallel typed arrays (keys in a Float64Array,
  // nodes in an Int32Array) sifted in place with a moving hole, all inlined in one loop.
  const m = edges.length;
  const head = new Int32Array(n).fill(-1);
  const next = new Int32Array(m);
  const to = new Int32Array(m);
  const wt = new Int32Array(m); // weights <= 10^9 fit in an int32
  for (let i = 0; i < m; i++) {
    const e = edges[i];
    const u = e[0];
    to[i] = e[1];
    wt[i] = e[2];
    next[i] = head[u];
    head[u] = i;
  }
  const best = new Float64Array(n).fill(Infinity);
  const done = new Uint8Array(n);
  const keys = new Float64Array(m + 1);
  const nodes = new Int32Array(m + 1);
  best[0] = 0;
  keys[0] = 0;
  nodes[0] = 0;
  let size = 1;
  while (size > 0) {
    const d = keys[0];
    const u = nodes[0];
    // Remove the top: sift the last entry down from the root.
    size--;
    if (size > 0) {
      const k = keys[size];
      const x = nodes[size];
      let i = 0;
      let c = 1;
      while (c < size) {
        let ck = keys[c];
        const r = c + 1;
        if (r < size) {
          const rk = keys[r];
          if (rk < ck) {
            c = r;
            ck = rk;
          }
        }
        if (ck >= k) break;
        keys[i] = ck;
        nodes[i] = nodes[c];
        i = c;
        c = 2 * c + 1;
      }
      keys[i] = k;
      nodes[i] = x;
    }
    if (done[u] === 1) continue;
    done[u] = 1;
    for (let e = head[u]; e >= 0; e = next[e]) {
      const v = to[e];
      const nd = d + wt[e];
      if (nd < best[v]) {
        best[v] = nd;
        // Push: sift the new entry up from a new leaf.
        let i = size++;
        while (i > 0) {
          const p = (i - 1) >> 1;
          const pk = keys[p];
          if (pk <= nd) break;
          keys[i] = pk;
          nodes[i] = nodes[p];
          i = p;
        }
        keys[i] = nd;
        nodes[i] = v;
      }
    }
  }
  const dist = new Array(n);
  for (let i = 0; i < n; i++) dist[i] = done[i] === 1 ? best[i] : -1;
  return dist;
}
