const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [R, C] = lines[0].split(' ').map(Number);
const grid = lines.slice(1, 1 + R);

let start;
let target;
for (let r = 0; r < R; r++) {
  for (let c = 0; c < C; c++) {
    if (grid[r][c] === 'S') start = [r, c];
    if (grid[r][c] === 'T') target = [r, c];
  }
}

// Queue of [row, col, distance] taken from the front with shift(); visited cells as "r,c" keys.
const queue = [[start[0], start[1], 0]];
const visited = new Set([start.join(',')]);
let answer = -1;
while (queue.length > 0) {
  const [r, c, d] = queue.shift();
  if (r === target[0] && c === target[1]) {
    answer = d;
    break;
  }
  for (const [dr, dc] of [[-1, 0], [1, 0], [0, -1], [0, 1]]) {
    const nr = r + dr;
    const nc = c + dc;
    const key = `${nr},${nc}`;
    if (nr >= 0 && nr < R && nc >= 0 && nc < C && grid[nr][nc] !== '#' && !visited.has(key)) {
      visited.add(key);
      queue.push([nr, nc, d + 1]);
    }
  }
}
console.log(answer);
