function bipartiteSmallerSides(n, edges) {
  // Breadth-first search from every uncoloured node, giving each neighbour the opposite
  // colour; an edge between equal colours means an odd cycle.
  const graph = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) {
    graph[u].push(v);
    graph[v].push(u);
  }
  const color = new Array(n).fill(-1);
  let total = 0;
  for (let s = 0; s < n; s++) {
    if (color[s] !== -1) continue;
    color[s] = 0;
    const sides = [1, 0];
    const queue = [s];
    while (queue.length > 0) {
      const u = queue.shift();
      for (const v of graph[u]) {
        if (color[v] === -1) {
          color[v] = 1 - color[u];
          sides[color[v]]++;
          queue.push(v);
        } else if (color[v] === color[u]) {
          return -1;
        }
      }
    }
    total += Math.min(sides[0], sides[1]);
  }
  return total;
}
