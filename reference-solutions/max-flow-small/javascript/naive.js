const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, m, s, t] = lines[0].split(' ').map(Number);
// Residual capacities in an adjacency matrix.
const cap = Array.from({ length: n + 1 }, () => new Array(n + 1).fill(0));
for (let i = 1; i <= m; i++) {
  const [u, v, c] = lines[i].split(' ').map(Number);
  if (u !== v) cap[u][v] += c;
}
function findPath() {
  // Any path with spare capacity, by depth-first search over the whole matrix.
  const parent = new Array(n + 1).fill(0);
  parent[s] = s;
  const stack = [s];
  while (stack.length > 0) {
    const u = stack.pop();
    for (let v = 1; v <= n; v++) {
      if (cap[u][v] > 0 && parent[v] === 0) {
        parent[v] = u;
        if (v === t) return parent;
        stack.push(v);
      }
    }
  }
  return null;
}
let flow = 0;
for (;;) {
  const parent = findPath();
  if (parent === null) break;
  let push = Infinity;
  for (let v = t; v !== s; v = parent[v]) push = Math.min(push, cap[parent[v]][v]);
  for (let v = t; v !== s; v = parent[v]) {
    cap[parent[v]][v] -= push;
    cap[v][parent[v]] += push;
  }
  flow += push;
}
console.log(flow);
