function lcaQueries(parent, queries) {
  // Tarjan's offline algorithm. Nodes are finished in reverse preorder, which is a post-order
  // of the depth-first search that takes children in reverse. A finished node is linked to its
  // parent in a disjoint-set forest, so find(x) is the first unfinished ancestor of x. When u
  // finishes, for each query (u, w) whose w is already finished, that ancestor is LCA(u, w).
  // Children and per-node query lists are singly linked lists in Int32Arrays (entry + 1, so 0
  // ends a list and no fill is needed).
  const n = parent.length;
  const q = queries.length;
  const childHead = new Int32Array(n);
  const sibling = new Int32Array(n);
  for (let v = 1; v < n; v++) {
    const p = parent[v];
    sibling[v] = childHead[p];
    childHead[p] = v + 1;
  }
  const order = new Int32Array(n);
  const stack = new Int32Array(n);
  let sp = 1;
  let t = 0;
  while (sp > 0) {
    const u = stack[--sp];
    order[t++] = u;
    for (let c = childHead[u]; c !== 0; c = sibling[c - 1]) stack[sp++] = c - 1;
  }
  // Query entry e = 2j or 2j + 1 belongs to endpoint ends[e]; the other end is ends[e ^ 1].
  const queryHead = new Int32Array(n);
  const nextEntry = new Int32Array(2 * q);
  const ends = new Int32Array(2 * q);
  for (let j = 0, e = 0; j < q; j++, e += 2) {
    const query = queries[j];
    const u = query[0];
    const v = query[1];
    ends[e] = u;
    nextEntry[e] = queryHead[u];
    queryHead[u] = e + 1;
    ends[e + 1] = v;
    nextEntry[e + 1] = queryHead[v];
    queryHead[v] = e + 2;
  }
  const link = new Int32Array(n);
  const done = new Uint8Array(n);
  const result = new Array(q);
  for (let i = n - 1; i >= 0; i--) {
    const u = order[i];
    done[u] = 1;
    for (let e = queryHead[u]; e !== 0; e = nextEntry[e - 1]) {
      let x = ends[(e - 1) ^ 1];
      if (done[x] === 0) continue;
      // Find with path halving; link[x] is parent + 1 for finished nodes, 0 for roots.
      let p = link[x];
      while (p !== 0) {
        const g = link[p - 1];
        if (g === 0) {
          x = p - 1;
          break;
        }
        link[x] = g;
        x = g - 1;
        p = link[x];
      }
      result[(e - 1) >> 1] = x;
    }
    link[u] = parent[u] + 1;
  }
  return result;
}
