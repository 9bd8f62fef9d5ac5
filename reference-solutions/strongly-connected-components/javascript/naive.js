function sccLabels(n, edges) {
  const graph = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) graph[u].push(v);
  // The set of nodes each node reaches, by a search from every node.
  const reach = [];
  for (let s = 0; s < n; s++) {
    const seen = new Set([s]);
    const stack = [s];
    while (stack.length > 0) {
      const u = stack.pop();
      for (const v of graph[u]) {
        if (!seen.has(v)) {
          seen.add(v);
          stack.push(v);
        }
      }
    }
    reach.push(seen);
  }
  // u and v share a component when each reaches the other.
  const label = [];
  for (let u = 0; u < n; u++) {
    let best = u;
    for (const v of reach[u]) if (v < best && reach[v].has(u)) best = v;
    label.push(best);
  }
  return label;
}
