function countComponents(n, edges) {
  // Union-find in an Int32Array with path halving, inlined into the edge loop (no call per
  // find, no allocation besides the parent array).
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  let count = n;
  const m = edges.length;
  for (let e = 0; e < m; e++) {
    const edge = edges[e];
    let u = edge[0];
    let v = edge[1];
    let pu = parent[u];
    while (pu !== u) {
      const g = parent[pu];
      parent[u] = g;
      u = g;
      pu = parent[u];
    }
    let pv = parent[v];
    while (pv !== v) {
      const g = parent[pv];
      parent[v] = g;
      v = g;
      pv = parent[v];
    }
    if (u !== v) {
      parent[u] = v;
      count--;
    }
  }
  return count;
}
