function treeDiameter(n, edges) {
  const adj = [];
  for (let i = 0; i < n; i++) adj.push([]);
  for (const edge of edges) {
    adj[edge[0]].push(edge[1]);
    adj[edge[1]].push(edge[0]);
  }

  // Breadth-first search from start, filling dist; returns the farthest node.
  const dist = new Array(n);
  function bfs(start) {
    dist.fill(-1);
    dist[start] = 0;
    const queue = [start];
    let far = start;
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      if (dist[u] > dist[far]) far = u;
      const next = adj[u];
      for (let k = 0; k < next.length; k++) {
        const v = next[k];
        if (dist[v] === -1) {
          dist[v] = dist[u] + 1;
          queue.push(v);
        }
      }
    }
    return far;
  }

  // The farthest node from any node is an end of some longest path.
  const a = bfs(0);
  return dist[bfs(a)];
}
