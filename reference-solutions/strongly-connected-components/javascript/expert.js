function sccLabels(n, edges) {
  // Tarjan's algorithm, iterative, over a compressed adjacency (CSR) in typed arrays. index[v]
  // is the discovery number (0 = unvisited), low[v] the smallest discovery number reachable from
  // v's subtree through one edge into the stack; a node whose low equals its index roots a
  // component, which is then popped off the stack.
  const m = edges.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[edges[e][0] + 1]++;
  for (let v = 0; v < n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n);
  const adj = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const edge = edges[e];
    adj[fill[edge[0]]++] = edge[1];
  }
  const index = new Int32Array(n);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const work = new Int32Array(n); // nodes under search
  const next = new Int32Array(n); // next edge position of each node under search
  const label = new Array(n);
  let sp = 0;
  let counter = 0;
  for (let s = 0; s < n; s++) {
    if (index[s] !== 0) continue;
    let wp = 0;
    work[0] = s;
    next[s] = start[s];
    index[s] = low[s] = ++counter;
    stack[sp++] = s;
    onStack[s] = 1;
    while (wp >= 0) {
      const u = work[wp];
      const end = start[u + 1];
      let e = next[u];
      let descended = false;
      while (e < end) {
        const v = adj[e++];
        if (index[v] === 0) {
          next[u] = e;
          index[v] = low[v] = ++counter;
          stack[sp++] = v;
          onStack[v] = 1;
          next[v] = start[v];
          work[++wp] = v;
          descended = true;
          break;
        }
        if (onStack[v] === 1 && index[v] < low[u]) low[u] = index[v];
      }
      if (descended) continue;
      wp--;
      if (wp >= 0) {
        const p = work[wp];
        if (low[u] < low[p]) low[p] = low[u];
      }
      if (low[u] === index[u]) {
        let smallest = u;
        let i = sp - 1;
        while (stack[i] !== u) {
          if (stack[i] < smallest) smallest = stack[i];
          i--;
        }
        for (let j = i; j < sp; j++) {
          onStack[stack[j]] = 0;
          label[stack[j]] = smallest;
        }
        sp = i;
      }
    }
  }
  return label;
}
