class MinHeap {
  // Binary heap of [key, value] pairs ordered by key.
  constructor() {
    this.items = [];
  }

  get size() {
    return this.items.length;
  }

  push(item) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent][0] <= a[i][0]) break;
      const t = a[parent];
      a[parent] = a[i];
      a[i] = t;
      i = parent;
    }
  }

  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      while (true) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < a.length && a[l][0] < a[smallest][0]) smallest = l;
        if (r < a.length && a[r][0] < a[smallest][0]) smallest = r;
        if (smallest === i) break;
        const t = a[smallest];
        a[smallest] = a[i];
        a[i] = t;
        i = smallest;
      }
    }
    return top;
  }
}

function shortestPaths(n, edges) {
  // Dijkstra with a binary heap and lazy deletion of outdated entries.
  const adj = Array.from({ length: n }, () => []);
  for (const [u, v, w] of edges) adj[u].push([v, w]);
  const dist = new Array(n).fill(Infinity);
  dist[0] = 0;
  const heap = new MinHeap();
  heap.push([0, 0]);
  while (heap.size > 0) {
    const top = heap.pop();
    const d = top[0];
    const u = top[1];
    if (d > dist[u]) continue;
    for (const e of adj[u]) {
      const v = e[0];
      const nd = d + e[1];
      if (nd < dist[v]) {
        dist[v] = nd;
        heap.push([nd, v]);
      }
    }
  }
  return dist.map((d) => (d === Infinity ? -1 : d));
}
