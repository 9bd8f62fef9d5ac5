function treeDiameter(n, edges) {
  const adj = [];
  for (let i = 0; i < n; i++) adj.push([]);
  for (const [u, v] of edges) {
    adj[u].push(v);
    adj[v].push(u);
  }
  let best = 0;
  // Search from every node and keep the farthest distance seen.
  for (let s = 0; s < n; s++) {
    const dist = new Array(n).fill(-1);
    dist[s] = 0;
    const queue = [s];
    while (queue.length > 0) {
      const u = queue.shift();
      for (const v of adj[u]) {
        if (dist[v] === -1) {
          dist[v] = dist[u] + 1;
          queue.push(v);
        }
      }
    }
    best = Math.max(best, ...dist);
  }
  return best;
}
