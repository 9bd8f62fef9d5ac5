function spanningForestWeight(n, edges) {
  // Kruskal: take edges from lightest to heaviest when they join two different trees
  // (union-find with path compression and union by size).
  const parent = Array.from({ length: n }, (_, i) => i);
  const size = new Array(n).fill(1);
  const find = (x) => {
    let root = x;
    while (parent[root] !== root) root = parent[root];
    while (parent[x] !== root) {
      const next = parent[x];
      parent[x] = root;
      x = next;
    }
    return root;
  };

  let total = 0;
  const sorted = [...edges].sort((a, b) => a[2] - b[2]);
  for (const [u, v, w] of sorted) {
    let ru = find(u);
    let rv = find(v);
    if (ru !== rv) {
      if (size[ru] < size[rv]) [ru, rv] = [rv, ru];
      parent[rv] = ru;
      size[ru] += size[rv];
      total += w;
    }
  }
  return total;
}
