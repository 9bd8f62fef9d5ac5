function spanningForestWeight(n, edges) {
  // Kruskal: take edges from lightest to heaviest when they join two different trees
  // (union-find with path compression and union by size). Edges are ordered by sorting keys
  // (w + 10^9) * m + index, exact doubles, in a Float64Array: a native numeric sort.
  const m = edges.length;
  const order = new Float64Array(m);
  for (let i = 0; i < m; i++) order[i] = (edges[i][2] + 1000000000) * m + i;
  order.sort();
  const parent = [];
  const size = [];
  for (let i = 0; i < n; i++) {
    parent.push(i);
    size.push(1);
  }
  function find(x) {
    if (parent[x] !== x) parent[x] = find(parent[x]);
    return parent[x];
  }
  let total = 0;
  for (const key of order) {
    const [u, v, w] = edges[key % m];
    let ru = find(u);
    let rv = find(v);
    if (ru !== rv) {
      if (size[ru] < size[rv]) {
        const t = ru;
        ru = rv;
        rv = t;
      }
      parent[rv] = ru;
      size[ru] += size[rv];
      total += w;
    }
  }
  return total;
}
