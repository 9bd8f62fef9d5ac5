(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // All tokens converted natively: newlines become spaces, one split, one Int32Array.
  const tok = new Int32Array(data.replaceAll('\n', ' ').split(' '));
  const n = tok[0];
  const m = tok[1];
  const s = tok[2];
  // Compressed adjacency (CSR): targets and weights of the edges out of each node.
  const start = new Int32Array(n + 2);
  for (let e = 0; e < m; e++) start[tok[3 + 3 * e] + 1]++;
  for (let v = 0; v <= n; v++) start[v + 1] += start[v];
  const fill = start.slice(0, n + 1);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const k = fill[tok[3 + 3 * e]]++;
    to[k] = tok[4 + 3 * e];
    weight[k] = tok[5 + 3 * e];
  }
  // Queue-based Bellman-Ford (SPFA) with a ring-buffer queue: only nodes whose distance just
  // dropped relax their edges again. A node queued n times signals a negative cycle; then
  // round-based relaxation settles the distances and which nodes are -INF.
  const dist = new Float64Array(n + 1).fill(Infinity);
  dist[s] = 0;
  const queued = new Uint8Array(n + 1);
  const times = new Int32Array(n + 1);
  const queue = new Int32Array(n + 1);
  let head = 0;
  let size = 1;
  queue[0] = s;
  queued[s] = 1;
  let cycle = false;
  while (size > 0 && !cycle) {
    const u = queue[head];
    head = head === n ? 0 : head + 1;
    size--;
    queued[u] = 0;
    const du = dist[u];
    for (let e = start[u], end = start[u + 1]; e < end; e++) {
      const v = to[e];
      const d = du + weight[e];
      if (d < dist[v]) {
        dist[v] = d;
        if (queued[v] === 0) {
          if (++times[v] >= n) {
            cycle = true;
            break;
          }
          queued[v] = 1;
          let tail = head + size;
          if (tail > n) tail -= n + 1;
          queue[tail] = v;
          size++;
        }
      }
    }
  }
  const bad = new Uint8Array(n + 1);
  if (cycle) {
    dist.fill(Infinity);
    dist[s] = 0;
    for (let round = 0; round < n - 1; round++) {
      let changed = false;
      for (let u = 1; u <= n; u++) {
        const du = dist[u];
        if (du === Infinity) continue;
        for (let e = start[u], end = start[u + 1]; e < end; e++) {
          if (du + weight[e] < dist[to[e]]) {
            dist[to[e]] = du + weight[e];
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    const stack = [];
    for (let u = 1; u <= n; u++) {
      for (let e = start[u], end = start[u + 1]; e < end; e++) {
        if (dist[u] + weight[e] < dist[to[e]] && bad[to[e]] === 0) {
          bad[to[e]] = 1;
          stack.push(to[e]);
        }
      }
    }
    while (stack.length > 0) {
      const u = stack.pop();
      for (let e = start[u], end = start[u + 1]; e < end; e++) {
        if (bad[to[e]] === 0) {
          bad[to[e]] = 1;
          stack.push(to[e]);
        }
      }
    }
  }
  const out = new Array(n);
  for (let v = 1; v <= n; v++) out[v - 1] = bad[v] === 1 ? '-INF' : dist[v] === Infinity ? 'UNREACHABLE' : dist[v];
  process.stdout.write(out.join('\n') + '\n');
})();
