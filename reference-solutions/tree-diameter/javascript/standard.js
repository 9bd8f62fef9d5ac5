function treeDiameter(n, edges) {
  const adj = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) {
    adj[u].push(v);
    adj[v].push(u);
  }

  // Breadth-first search; returns the farthest node from start and its distance.
  function bfs(start) {
    const dist = new Array(n).fill(-1);
    dist[start] = 0;
    const queue = [start];
    let head = 0;
    let far = start;
    while (head < queue.length) {
      const u = queue[head++];
      if (dist[u] > dist[far]) far = u;
      for (const v of adj[u]) {
        if (dist[v] === -1) {
          dist[v] = dist[u] + 1;
          queue.push(v);
        }
      }
    }
    return [far, dist[far]];
  }

  // The farthest node from any node is an end of some longest path.
  const [a] = bfs(0);
  const [, d] = bfs(a);
  return d;
}
