function lcaQueries(parent, queries) {
  // Binary lifting: up[k][v] is the 2^k-th ancestor of v (the root is its own ancestor).
  const n = parent.length;
  const children = Array.from({ length: n }, () => []);
  for (let v = 1; v < n; v++) children[parent[v]].push(v);
  const depth = new Array(n).fill(0);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const c of children[u]) {
      depth[c] = depth[u] + 1;
      queue.push(c);
    }
  }

  let LOG = 1;
  while (1 << LOG < n) LOG++;
  const up = [parent.map((p) => (p < 0 ? 0 : p))];
  for (let k = 1; k < LOG; k++) {
    const prev = up[k - 1];
    up.push(prev.map((p) => prev[p]));
  }

  const result = [];
  for (let [u, v] of queries) {
    if (depth[u] < depth[v]) [u, v] = [v, u];
    let diff = depth[u] - depth[v];
    for (let k = 0; diff > 0; k++, diff >>= 1) {
      if (diff & 1) u = up[k][u];
    }
    if (u !== v) {
      for (let k = LOG - 1; k >= 0; k--) {
        if (up[k][u] !== up[k][v]) {
          u = up[k][u];
          v = up[k][v];
        }
      }
      u = up[0][u];
    }
    result.push(u);
  }
  return result;
}
