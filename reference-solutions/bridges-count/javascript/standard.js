function countBridges(n, edges) {
  // Depth-first search with low-links: the tree edge into v is a bridge when nothing in v's
  // subtree reaches above v by a back edge (low[v] > disc[u]). The parent edge is skipped by its
  // id, not by its other end, so a doubled edge counts as a back edge.
  const graph = Array.from({ length: n }, () => []);
  for (let k = 0; k < edges.length; k++) {
    const u = edges[k][0];
    const v = edges[k][1];
    graph[u].push([v, k]);
    graph[v].push([u, k]);
  }
  const disc = new Array(n).fill(-1);
  const low = new Array(n).fill(0);
  let time = 0;
  let bridges = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    disc[root] = low[root] = time++;
    const stack = [{ u: root, parentEdge: -1, i: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const u = top.u;
      if (top.i < graph[u].length) {
        const pair = graph[u][top.i++];
        const v = pair[0];
        const k = pair[1];
        if (k === top.parentEdge) continue;
        if (disc[v] === -1) {
          disc[v] = low[v] = time++;
          stack.push({ u: v, parentEdge: k, i: 0 });
        } else {
          low[u] = Math.min(low[u], disc[v]);
        }
      } else {
        stack.pop();
        if (stack.length > 0) {
          const p = stack[stack.length - 1].u;
          low[p] = Math.min(low[p], low[u]);
          if (low[u] > disc[p]) bridges++;
        }
      }
    }
  }
  return bridges;
}
