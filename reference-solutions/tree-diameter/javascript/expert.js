function treeDiameter(n, edges) {
  // Adjacency in compressed form: start[u] .. start[u + 1] indexes into adj.
  const m = edges.length;
  const ends = new Int32Array(2 * m);
  const start = new Int32Array(n + 1);
  for (let i = 0, j = 0; i < m; i++, j += 2) {
    const e = edges[i];
    const u = e[0];
    const v = e[1];
    ends[j] = u;
    ends[j + 1] = v;
    start[u]++;
    start[v]++;
  }
  for (let u = 0, s = 0; u <= n; u++) {
    const c = start[u];
    start[u] = s;
    s += c;
  }
  const fill = start.slice(0, n);
  const adj = new Int32Array(2 * m);
  for (let j = 0; j < 2 * m; j += 2) {
    const u = ends[j];
    const v = ends[j + 1];
    adj[fill[u]++] = v;
    adj[fill[v]++] = u;
  }
  // BFS in a typed array that doubles as the queue; in a tree the only visited neighbour of
  // a node is its parent, so comparing with it replaces a visited array. Levels are tracked
  // by remembering where the next level starts in the queue.
  const order = new Int32Array(n);
  const par = new Int32Array(n);
  let a = 0;
  let d = 0;
  for (let pass = 0; pass < 2; pass++) {
    order[0] = a;
    par[a] = -1;
    let tail = 1;
    let levelEnd = 1;
    let depth = 0;
    for (let h = 0; h < tail; h++) {
      if (h === levelEnd) {
        depth++;
        levelEnd = tail;
      }
      const u = order[h];
      const pu = par[u];
      for (let e = start[u], stop = start[u + 1]; e < stop; e++) {
        const v = adj[e];
        if (v !== pu) {
          par[v] = u;
          order[tail++] = v;
        }
      }
    }
    a = order[n - 1];
    d = depth;
  }
  return d;
}
