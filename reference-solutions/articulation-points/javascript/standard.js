const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, m] = lines[0].split(' ').map(Number);
const graph = Array.from({ length: n + 1 }, () => []);
for (let i = 1; i <= m; i++) {
  const edge = lines[i].split(' ');
  const u = Number(edge[0]);
  const v = Number(edge[1]);
  if (u !== v) {
    graph[u].push(v);
    graph[v].push(u);
  }
}
// Depth-first search with low-links: a non-root u is a cut vertex when some child v has
// low[v] >= disc[u]; a root when it has two or more children.
const disc = new Array(n + 1).fill(0);
const low = new Array(n + 1).fill(0);
const isCut = new Array(n + 1).fill(false);
let time = 0;
for (let root = 1; root <= n; root++) {
  if (disc[root] !== 0) continue;
  disc[root] = low[root] = ++time;
  let children = 0;
  const stack = [{ u: root, parent: 0, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const u = top.u;
    if (top.i < graph[u].length) {
      const v = graph[u][top.i++];
      if (disc[v] === 0) {
        disc[v] = low[v] = ++time;
        if (u === root) children++;
        stack.push({ u: v, parent: u, i: 0 });
      } else if (v !== top.parent) {
        low[u] = Math.min(low[u], disc[v]);
      }
    } else {
      stack.pop();
      const parent = top.parent;
      if (parent !== 0) {
        low[parent] = Math.min(low[parent], low[u]);
        if (parent !== root && low[u] >= disc[parent]) isCut[parent] = true;
      }
    }
  }
  if (children >= 2) isCut[root] = true;
}
const cut = [];
for (let v = 1; v <= n; v++) if (isCut[v]) cut.push(v);
console.log(cut.length);
if (cut.length > 0) console.log(cut.join(' '));
