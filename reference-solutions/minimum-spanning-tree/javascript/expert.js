function spanningForestWeight(n, edges) {
  // Kruskal with the native numeric sort of a Float64Array: key = (w + 10^9) * 2^19 + index
  // is an exact integer below 2^51, so sorting the keys sorts edges by weight without any
  // comparator calls, and the index comes back as key % 2^19. Union-find in an Int32Array
  // with path halving inlined; it stops once a spanning tree has been found.
  const m = edges.length;
  const eu = new Int32Array(m);
  const ev = new Int32Array(m);
  const ew = new Int32Array(m);
  const keys = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const e = edges[i];
    const w = e[2];
    eu[i] = e[0];
    ev[i] = e[1];
    ew[i] = w;
    keys[i] = (w + 1000000000) * 524288 + i;
  }
  keys.sort();
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  let total = 0;
  let need = n - 1;
  for (let k = 0; k < m && need > 0; k++) {
    const i = keys[k] % 524288;
    let u = eu[i];
    let pu = parent[u];
    while (pu !== u) {
      const g = parent[pu];
      parent[u] = g;
      u = g;
      pu = parent[u];
    }
    let v = ev[i];
    let pv = parent[v];
    while (pv !== v) {
      const g = parent[pv];
      parent[v] = g;
      v = g;
      pv = parent[v];
    }
    if (u !== v) {
      parent[u] = v;
      total += ew[i];
      need--;
    }
  }
  return total;
}
