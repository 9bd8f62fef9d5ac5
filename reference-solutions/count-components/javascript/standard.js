function countComponents(n, edges) {
  // Union-find with path compression and union by size.
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
  let count = n;
  for (const [u, v] of edges) {
    let ru = find(u);
    let rv = find(v);
    if (ru !== rv) {
      if (size[ru] < size[rv]) [ru, rv] = [rv, ru];
      parent[rv] = ru;
      size[ru] += size[rv];
      count--;
    }
  }
  return count;
}
