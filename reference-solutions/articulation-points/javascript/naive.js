const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, m] = lines[0].split(' ').map(Number);
const graph = Array.from({ length: n + 1 }, () => []);
for (let i = 1; i <= m; i++) {
  const [u, v] = lines[i].split(' ').map(Number);
  graph[u].push(v);
  graph[v].push(u);
}
const cut = [];
for (let x = 1; x <= n; x++) {
  // x is a cut vertex when its neighbours are no longer all connected without it.
  const neighbours = graph[x].filter((v) => v !== x);
  if (neighbours.length === 0) continue;
  const seen = new Array(n + 1).fill(false);
  seen[x] = true;
  seen[neighbours[0]] = true;
  const stack = [neighbours[0]];
  while (stack.length > 0) {
    const u = stack.pop();
    for (const v of graph[u]) {
      if (!seen[v]) {
        seen[v] = true;
        stack.push(v);
      }
    }
  }
  if (!neighbours.every((v) => seen[v])) cut.push(x);
}
console.log(cut.length);
if (cut.length > 0) console.log(cut.join(' '));
