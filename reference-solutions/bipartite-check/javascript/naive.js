function bipartiteSmallerSides(n, edges) {
  // Colour components one at a time: colour a start node, then sweep over all edges, copying
  // the opposite colour across each edge with exactly one coloured end, until nothing changes.
  const color = new Array(n).fill(-1);
  const component = new Array(n).fill(-1);
  let total = 0;
  for (let s = 0; s < n; s++) {
    if (color[s] !== -1) continue;
    color[s] = 0;
    component[s] = s;
    let changed = true;
    while (changed) {
      changed = false;
      for (const [u, v] of edges) {
        if (color[u] !== -1 && color[v] === -1) {
          color[v] = 1 - color[u];
          component[v] = s;
          changed = true;
        } else if (color[v] !== -1 && color[u] === -1) {
          color[u] = 1 - color[v];
          component[u] = s;
          changed = true;
        } else if (color[u] !== -1 && color[u] === color[v]) {
          return -1;
        }
      }
    }
    const sides = [0, 0];
    for (let v = 0; v < n; v++) if (component[v] === s) sides[color[v]]++;
    total += Math.min(sides[0], sides[1]);
  }
  return total;
}
