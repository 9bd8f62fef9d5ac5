function countBridges(n, edges) {
  // Remove each edge in turn and check whether its ends are still connected.
  function connectedWithout(skip, a, b) {
    const graph = Array.from({ length: n }, () => []);
    edges.forEach(([u, v], k) => {
      if (k !== skip) {
        graph[u].push(v);
        graph[v].push(u);
      }
    });
    const seen = new Array(n).fill(false);
    seen[a] = true;
    const stack = [a];
    while (stack.length > 0) {
      const u = stack.pop();
      if (u === b) return true;
      for (const v of graph[u]) {
        if (!seen[v]) {
          seen[v] = true;
          stack.push(v);
        }
      }
    }
    return false;
  }
  let count = 0;
  edges.forEach(([u, v], k) => {
    if (u !== v && !connectedWithout(k, u, v)) count++;
  });
  return count;
}
