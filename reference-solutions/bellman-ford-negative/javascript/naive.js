const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, m, s] = lines[0].split(' ').map(Number);
const edges = [];
for (let i = 1; i <= m; i++) edges.push(lines[i].split(' ').map(Number));

// dist[k][v] = shortest length of a walk from s to v with at most k edges, for k = 0 .. n.
const dist = [new Array(n + 1).fill(Infinity)];
dist[0][s] = 0;
for (let k = 1; k <= n; k++) {
  const row = dist[k - 1].slice();
  for (const [u, v, w] of edges) {
    if (dist[k - 1][u] + w < row[v]) row[v] = dist[k - 1][u] + w;
  }
  dist.push(row);
}
// A node still improving with n edges is reached through a negative cycle; so is everything
// reachable from it.
const bad = dist[n].map((d, v) => d < dist[n - 1][v]);
let changed = true;
while (changed) {
  changed = false;
  for (const [u, v] of edges) {
    if (bad[u] && !bad[v]) {
      bad[v] = true;
      changed = true;
    }
  }
}
let out = '';
for (let v = 1; v <= n; v++) {
  if (bad[v]) out += '-INF\n';
  else if (dist[n][v] === Infinity) out += 'UNREACHABLE\n';
  else out += dist[n][v] + '\n';
}
process.stdout.write(out);
