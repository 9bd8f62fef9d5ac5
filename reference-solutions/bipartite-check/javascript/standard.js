function bipartiteSmallerSides(n, edges) {
  // Breadth-first search from every uncoloured node over arrays of neighbour arrays, giving
  // each neighbour the opposite colour; an edge between equal colours means an odd cycle.
  // Indexed loops throughout: for-of and destructuring cost an iterator per step on V8's
  // baseline tier.
  const graph = Array.from({ length: n }, () => []);
  for (let e = 0; e < edges.length; e++) {
    const u = edges[e][0];
    const v = edges[e][1];
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
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      const next = graph[u];
      for (let k = 0; k < next.length; k++) {
        const v = next[k];
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
