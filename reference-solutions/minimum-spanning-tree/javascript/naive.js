function spanningForestWeight(n, edges) {
  // Prim's algorithm with a plain array: each step lists the nodes outside the tree and
  // picks the one with the cheapest connecting edge.
  const adj = [];
  for (let i = 0; i < n; i++) adj.push([]);
  for (const [u, v, w] of edges) {
    if (u !== v) {
      adj[u].push([v, w]);
      adj[v].push([u, w]);
    }
  }
  const inTree = new Array(n).fill(false);
  const key = new Array(n).fill(Infinity);
  let total = 0;
  for (let step = 0; step < n; step++) {
    const outside = [...Array(n).keys()].filter((i) => !inTree[i]);
    const u = outside.reduce((best, i) => (key[i] < key[best] ? i : best));
    if (key[u] === Infinity) key[u] = 0; // start a new tree of the forest
    total += key[u];
    inTree[u] = true;
    for (const [v, w] of adj[u]) {
      if (!inTree[v] && w < key[v]) key[v] = w;
    }
  }
  return total;
}
