function countBridges(n, edges) {
  // Depth-first search with low-links, iterative, over a compressed adjacency (CSR) in typed
  // arrays. Entry 2 * id + side of an edge is one end; entry ^ 1 is the far end, so the parent
  // edge is recognised by id (a doubled edge then counts as a back edge). The tree edge into v
  // is a bridge when low[v] > disc[parent].
  const m = edges.length;
  const ends = new Int32Array(2 * m);
  const start = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const u = edges[k][0];
    const v = edges[k][1];
    ends[2 * k] = u;
    ends[2 * k + 1] = v;
    start[u + 1]++;
    start[v + 1]++;
  }
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n);
  const adj = new Int32Array(2 * m); // far-end entries
  for (let entry = 0; entry < 2 * m; entry++) adj[fill[ends[entry]]++] = entry ^ 1;
  const disc = new Int32Array(n); // 0 = unvisited; times start at 1
  const low = new Int32Array(n);
  const nodes = new Int32Array(n);
  const into = new Int32Array(n);
  const next = new Int32Array(n);
  let time = 0;
  let bridges = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== 0) continue;
    disc[root] = low[root] = ++time;
    let top = 0;
    nodes[0] = root;
    into[0] = -2;
    next[0] = start[root];
    while (top >= 0) {
      const u = nodes[top];
      const back = into[top] ^ 1;
      const end = start[u + 1];
      let lu = low[u];
      let e = next[top];
      let descended = false;
      while (e < end) {
        const far = adj[e++];
        if (far === back) continue;
        const v = ends[far];
        const d = disc[v];
        if (d === 0) {
          low[u] = lu;
          next[top] = e;
          disc[v] = low[v] = ++time;
          top++;
          nodes[top] = v;
          into[top] = far;
          next[top] = start[v];
          descended = true;
          break;
        }
        if (d < lu) lu = d;
      }
      if (descended) continue;
      low[u] = lu;
      top--;
      if (top >= 0) {
        const p = nodes[top];
        if (lu < low[p]) low[p] = lu;
        else if (lu > disc[p]) bridges++;
      }
    }
  }
  return bridges;
}
