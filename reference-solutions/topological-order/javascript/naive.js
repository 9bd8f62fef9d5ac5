const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const [n, m] = lines[0].split(' ').map(Number);
const adj = [];
const indeg = [];
for (let i = 0; i < n; i++) {
  adj.push([]);
  indeg.push(0);
}
for (let i = 1; i <= m; i++) {
  const [u, v] = lines[i].split(' ').map(Number);
  adj[u].push(v);
  indeg[v]++;
}
const used = new Array(n).fill(false);
const order = [];
for (let step = 0; step < n; step++) {
  // Find the smallest unused node with no remaining incoming edges.
  let x = -1;
  for (let i = 0; i < n; i++) {
    if (!used[i] && indeg[i] === 0) {
      x = i;
      break;
    }
  }
  if (x === -1) break;
  used[x] = true;
  order.push(x);
  for (const v of adj[x]) indeg[v]--;
}
if (order.length < n) {
  console.log('CYCLE');
} else {
  let out = '';
  for (let i = 0; i < order.length; i++) out += (i > 0 ? ' ' : '') + order[i];
  console.log(out);
}
