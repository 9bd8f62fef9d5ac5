function countComponents(n, edges) {
  // Union-find with path compression and union by size.
  const parent = [];
  const size = [];
  for (let i = 0; i < n; i++) {
    parent.push(i);
    size.push(1);
  }
  function find(x) {
    let root = x;
    while (parent[root] !== root) root = parent[root];
    while (parent[x] !== root) {
      const next = parent[x];
      parent[x] = root;
      x = next;
    }
    return root;
  }
  let count = n;
  for (const edge of edges) {
    let ru = find(edge[0]);
    let rv = find(edge[1]);
    if (ru !== rv) {
      if (size[ru] < size[rv]) {
        const t = ru;
        ru = rv;
        rv = t;
      }
      parent[rv] = ru;
      size[ru] += size[rv];
      count--;
    }
  }
  return count;
}
