function maxIndependentWeight(weights, edges) {
  // Adjacency in compressed form (typed offsets and neighbours), a breadth-first order from
  // node 0 with each node's parent, then one sweep from the last node back: each node, now
  // final, is folded into its parent, with take[v] = weights[v] + sum skip[c] and
  // skip[v] = sum max(take[c], skip[c]).
  const n = weights.length;
  const m = edges.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const edge = edges[e];
    const a = edge[0];
    const b = edge[1];
    from[e] = a;
    to[e] = b;
    start[a + 1]++;
    start[b + 1]++;
  }
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n);
  const nbr = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const a = from[e];
    const b = to[e];
    nbr[fill[a]++] = b;
    nbr[fill[b]++] = a;
  }
  const parent = new Int32Array(n).fill(-1);
  parent[0] = 0;
  const order = new Int32Array(n);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const v = order[head];
    for (let k = start[v], end = start[v + 1]; k < end; k++) {
      const c = nbr[k];
      if (parent[c] < 0) {
        parent[c] = v;
        order[tail++] = c;
      }
    }
  }
  const take = Float64Array.from(weights);
  const skip = new Float64Array(n);
  for (let i = n - 1; i > 0; i--) {
    const v = order[i];
    const t = take[v];
    const s = skip[v];
    const p = parent[v];
    take[p] += s;
    skip[p] += t > s ? t : s;
  }
  return Math.max(take[0], skip[0]);
}
