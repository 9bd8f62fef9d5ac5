function lcaQueries(parent, queries) {
  // Tarjan's offline algorithm: a depth-first walk that, when it leaves a node, joins the
  // node's set to its parent's in a union-find forest whose root records the node the set
  // hangs from. When the walk leaves a node, each query between it and an already visited
  // node is answered by the recorded node of that node's set. O((n + q) alpha(n)).
  // Children and the queries at each node are linked lists in arrays (head, next).
  const n = parent.length;
  const q = queries.length;
  const firstChild = new Array(n).fill(-1);
  const nextSibling = new Array(n).fill(-1);
  for (let v = n - 1; v >= 1; v--) {
    nextSibling[v] = firstChild[parent[v]];
    firstChild[parent[v]] = v;
  }
  // Query j has two entries, 2j at its first end and 2j + 1 at its second; the other end of
  // entry e is the end of entry e ^ 1.
  const firstEntry = new Array(n).fill(-1);
  const nextEntry = new Array(2 * q);
  const end = new Array(2 * q);
  for (let j = 0; j < q; j++) {
    for (let side = 0; side < 2; side++) {
      const e = 2 * j + side;
      const u = queries[j][side];
      end[e] = u;
      nextEntry[e] = firstEntry[u];
      firstEntry[u] = e;
    }
  }

  const set = []; // union-find parent
  const ancestor = [];
  for (let v = 0; v < n; v++) {
    set.push(v);
    ancestor.push(v);
  }
  function find(x) {
    while (set[x] !== x) {
      set[x] = set[set[x]];
      x = set[x];
    }
    return x;
  }

  const visited = new Array(n).fill(false);
  const result = new Array(q);
  // Iterative walk: cursor[u] is the next child of u to enter; u is left when none remain.
  const cursor = firstChild.slice();
  const stack = [0];
  visited[0] = true;
  while (stack.length > 0) {
    const u = stack[stack.length - 1];
    const c = cursor[u];
    if (c !== -1) {
      cursor[u] = nextSibling[c];
      visited[c] = true;
      stack.push(c);
      continue;
    }
    stack.pop();
    for (let e = firstEntry[u]; e !== -1; e = nextEntry[e]) {
      const w = end[e ^ 1];
      if (visited[w]) result[e >> 1] = ancestor[find(w)];
    }
    if (u !== 0) {
      const root = find(parent[u]);
      set[find(u)] = root;
      ancestor[root] = parent[u];
    }
  }
  return result;
}
