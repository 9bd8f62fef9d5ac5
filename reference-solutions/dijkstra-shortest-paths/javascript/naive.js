function shortestPaths(n, edges) {
  const adj = [];
  for (let i = 0; i < n; i++) adj.push([]);
  for (const [u, v, w] of edges) adj[u].push([v, w]);
  const dist = new Array(n).fill(Infinity);
  dist[0] = 0;
  const done = new Array(n).fill(false);
  for (let step = 0; step < n; step++) {
    // Pick the closest unfinished node by scanning all of them.
    let u = -1;
    for (let i = 0; i < n; i++) {
      if (!done[i] && (u === -1 || dist[i] < dist[u])) u = i;
    }
    if (u === -1 || dist[u] === Infinity) break;
    done[u] = true;
    for (const [v, w] of adj[u]) {
      if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
    }
  }
  return dist.map((d) => (d === Infinity ? -1 : d));
}
