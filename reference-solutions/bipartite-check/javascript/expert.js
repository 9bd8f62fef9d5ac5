function bipartiteSmallerSides(n, edges) {
  // Breadth-first search over a compressed adjacency (CSR) in typed arrays, with one queue
  // array shared by all components. Colours are 1 and 2 (0 = uncoloured); a neighbour with
  // the same colour means an odd cycle, a self-loop included.
  const m = edges.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    start[edges[e][0] + 1]++;
    start[edges[e][1] + 1]++;
  }
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n);
  const adj = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const u = edges[e][0];
    const v = edges[e][1];
    adj[fill[u]++] = v;
    adj[fill[v]++] = u;
  }
  const color = new Uint8Array(n);
  const queue = new Int32Array(n);
  let total = 0;
  for (let s = 0; s < n; s++) {
    if (color[s] !== 0) continue;
    color[s] = 1;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let ones = 1;
    while (head < tail) {
      const u = queue[head++];
      const cu = color[u];
      const other = 3 - cu;
      for (let e = start[u], end = start[u + 1]; e < end; e++) {
        const v = adj[e];
        const cv = color[v];
        if (cv === 0) {
          color[v] = other;
          if (other === 1) ones++;
          queue[tail++] = v;
        } else if (cv === cu) {
          return -1;
        }
      }
    }
    const size = tail;
    total += ones < size - ones ? ones : size - ones;
  }
  return total;
}
