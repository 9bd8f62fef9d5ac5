const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, m, s, t] = lines[0].split(' ').map(Number);
// Dinic: a breadth-first search builds the level graph, then a recursive depth-first search
// sends blocking flow along edges one level down. Edge k and its reverse k ^ 1 sit side by
// side; cap holds residual capacities.
const graph = Array.from({ length: n + 1 }, () => []);
const to = [];
const cap = [];
for (let i = 1; i <= m; i++) {
  const edge = lines[i].split(' ').map(Number);
  const u = edge[0];
  const v = edge[1];
  const c = edge[2];
  graph[u].push(to.length);
  to.push(v);
  cap.push(c);
  graph[v].push(to.length);
  to.push(u);
  cap.push(0);
}
let level;
let pointer;
function bfs() {
  level = new Array(n + 1).fill(-1);
  level[s] = 0;
  const queue = [s];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    const out = graph[u];
    for (let i = 0; i < out.length; i++) {
      const k = out[i];
      if (cap[k] > 0 && level[to[k]] < 0) {
        level[to[k]] = level[u] + 1;
        queue.push(to[k]);
      }
    }
  }
  return level[t] >= 0;
}
function dfs(u, pushed) {
  if (u === t) return pushed;
  for (; pointer[u] < graph[u].length; pointer[u]++) {
    const k = graph[u][pointer[u]];
    const v = to[k];
    if (cap[k] > 0 && level[v] === level[u] + 1) {
      const sent = dfs(v, Math.min(pushed, cap[k]));
      if (sent > 0) {
        cap[k] -= sent;
        cap[k ^ 1] += sent;
        return sent;
      }
    }
  }
  return 0;
}
let flow = 0;
while (bfs()) {
  pointer = new Array(n + 1).fill(0);
  for (let sent = dfs(s, Infinity); sent > 0; sent = dfs(s, Infinity)) flow += sent;
}
console.log(flow);
