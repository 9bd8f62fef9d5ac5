function maxIndependentWeight(weights, edges) {
  // Adjacency in compressed form (typed offsets and neighbours) and an iterative depth-first
  // order from node 0 (the tree may be too deep for recursion); then nodes in reverse order,
  // so children come before their parent, each pulling from its children:
  // take[v] = weights[v] + sum skip[c], skip[v] = sum max(take[c], skip[c]).
  const n = weights.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < edges.length; e++) {
    start[edges[e][0] + 1]++;
    start[edges[e][1] + 1]++;
  }
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n);
  const nbr = new Int32Array(2 * edges.length);
  for (let e = 0; e < edges.length; e++) {
    const a = edges[e][0];
    const b = edges[e][1];
    nbr[fill[a]++] = b;
    nbr[fill[b]++] = a;
  }
  const parent = new Int32Array(n).fill(-1);
  const visited = new Uint8Array(n);
  visited[0] = 1;
  const order = new Int32Array(n);
  const stack = new Int32Array(n);
  let done = 0;
  let top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const v = stack[--top];
    order[done++] = v;
    for (let k = start[v]; k < start[v + 1]; k++) {
      const c = nbr[k];
      if (!visited[c]) {
        visited[c] = 1;
        parent[c] = v;
        stack[top++] = c;
      }
    }
  }
  const take = new Float64Array(n);
  const skip = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const v = order[i];
    let t = weights[v];
    let s = 0;
    for (let k = start[v]; k < start[v + 1]; k++) {
      const c = nbr[k];
      if (c !== parent[v]) {
        t += skip[c];
        s += Math.max(take[c], skip[c]);
      }
    }
    take[v] = t;
    skip[v] = s;
  }
  return Math.max(take[0], skip[0]);
}
