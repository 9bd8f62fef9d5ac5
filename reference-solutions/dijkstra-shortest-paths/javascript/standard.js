class MinHeap {
  // Binary heap of (key, value) entries ordered by key, kept in two parallel arrays so that
  // a push allocates nothing.
  constructor() {
    this.keys = [];
    this.values = [];
  }

  get size() {
    return this.keys.length;
  }

  /** The smallest key. */
  peekKey() {
    return this.keys[0];
  }

  push(key, value) {
    const keys = this.keys;
    const values = this.values;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      values[i] = values[parent];
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the entry with the smallest key and returns its value. */
  pop() {
    const keys = this.keys;
    const values = this.values;
    const top = values[0];
    const key = keys.pop();
    const value = values.pop();
    const n = keys.length;
    if (n > 0) {
      let i = 0;
      while (true) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1] < keys[c]) c++;
        if (keys[c] >= key) break;
        keys[i] = keys[c];
        values[i] = values[c];
        i = c;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }
}

function shortestPaths(n, edges) {
  // Dijkstra with a binary heap and lazy deletion of outdated entries.
  const adj = Array.from({ length: n }, () => []);
  for (const e of edges) adj[e[0]].push(e);
  const dist = new Array(n).fill(Infinity);
  dist[0] = 0;
  const heap = new MinHeap();
  heap.push(0, 0);
  while (heap.size > 0) {
    const d = heap.peekKey();
    const u = heap.pop();
    if (d > dist[u]) continue;
    for (const e of adj[u]) {
      const v = e[1];
      const nd = d + e[2];
      if (nd < dist[v]) {
        dist[v] = nd;
        heap.push(nd, v);
      }
    }
  }
  return dist.map((d) => (d === Infinity ? -1 : d));
}
