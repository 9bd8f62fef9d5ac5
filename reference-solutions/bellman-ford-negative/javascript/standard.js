const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, m, s] = lines[0].split(' ').map(Number);
const graph = Array.from({ length: n + 1 }, () => []);
for (let i = 1; i <= m; i++) {
  const edge = lines[i].split(' ').map(Number);
  graph[edge[0]].push(edge);
}
// Bellman-Ford in rounds, where a round only relaxes the edges out of nodes whose distance
// changed in the round before; it stops when a round changes nothing.
const dist = new Array(n + 1).fill(Infinity);
dist[s] = 0;
let active = [s];
for (let round = 0; round < n - 1 && active.length > 0; round++) {
  const changed = new Set();
  for (const u of active) {
    for (const [, v, w] of graph[u]) {
      if (dist[u] + w < dist[v]) {
        dist[v] = dist[u] + w;
        changed.add(v);
      }
    }
  }
  active = [...changed];
}
// Edges that can still relax lead into nodes reached through a negative cycle; mark those and
// everything reachable from them.
const bad = new Array(n + 1).fill(false);
const stack = [];
for (const u of active) {
  for (const [, v, w] of graph[u]) {
    if (dist[u] + w < dist[v] && !bad[v]) {
      bad[v] = true;
      stack.push(v);
    }
  }
}
while (stack.length > 0) {
  const u = stack.pop();
  for (const [, v] of graph[u]) {
    if (!bad[v]) {
      bad[v] = true;
      stack.push(v);
    }
  }
}
const out = [];
for (let v = 1; v <= n; v++) {
  if (bad[v]) out.push('-INF');
  else if (dist[v] === Infinity) out.push('UNREACHABLE');
  else out.push(dist[v]);
}
console.log(out.join('\n'));
