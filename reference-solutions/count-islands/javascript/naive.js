const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [rows, cols] = lines[0].split(' ').map(Number);
const grid = lines.slice(1, rows + 1).map((line) => line.split(''));
// Breadth-first search from every unseen land cell; seen cells are kept as "row,col" keys.
const seen = new Set();
let islands = 0;
let largest = 0;
for (let r = 0; r < rows; r++) {
  for (let c = 0; c < cols; c++) {
    if (grid[r][c] !== '#' || seen.has(`${r},${c}`)) continue;
    islands++;
    seen.add(`${r},${c}`);
    const queue = [[r, c]];
    let head = 0;
    let size = 0;
    while (head < queue.length) {
      const [y, x] = queue[head++];
      size++;
      for (const [dy, dx] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
        const ny = y + dy;
        const nx = x + dx;
        if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && grid[ny][nx] === '#' && !seen.has(`${ny},${nx}`)) {
          seen.add(`${ny},${nx}`);
          queue.push([ny, nx]);
        }
      }
    }
    largest = Math.max(largest, size);
  }
}
console.log(`${islands} ${largest}`);
