const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [R, C] = lines[0].split(' ').map(Number);
const grid = lines.slice(1, 1 + R);
let sr = 0, sc = 0, tr = 0, tc = 0;
for (let r = 0; r < R; r++) {
  let c = grid[r].indexOf('S');
  if (c >= 0) { sr = r; sc = c; }
  c = grid[r].indexOf('T');
  if (c >= 0) { tr = r; tc = c; }
}

// Breadth-first search from S; dist doubles as the visited mark, the queue holds (row, col)
// as two consecutive entries and is consumed with a head index.
const dist = Array.from({ length: R }, () => new Array(C).fill(-1));
dist[sr][sc] = 0;
const queue = [sr, sc];
let head = 0;
while (head < queue.length) {
  const r = queue[head];
  const c = queue[head + 1];
  head += 2;
  if (r === tr && c === tc) break;
  const d = dist[r][c] + 1;
  if (r > 0 && dist[r - 1][c] < 0 && grid[r - 1][c] !== '#') {
    dist[r - 1][c] = d;
    queue.push(r - 1, c);
  }
  if (r + 1 < R && dist[r + 1][c] < 0 && grid[r + 1][c] !== '#') {
    dist[r + 1][c] = d;
    queue.push(r + 1, c);
  }
  if (c > 0 && dist[r][c - 1] < 0 && grid[r][c - 1] !== '#') {
    dist[r][c - 1] = d;
    queue.push(r, c - 1);
  }
  if (c + 1 < C && dist[r][c + 1] < 0 && grid[r][c + 1] !== '#') {
    dist[r][c + 1] = d;
    queue.push(r, c + 1);
  }
}
console.log(String(dist[tr][tc]));
