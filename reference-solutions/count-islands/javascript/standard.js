const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [rows, cols] = lines[0].split(' ').map(Number);
const grid = lines.slice(1, rows + 1);
// Depth-first search with an explicit stack of cell indices and a visited array.
const visited = new Uint8Array(rows * cols);
let islands = 0;
let largest = 0;
for (let r = 0; r < rows; r++) {
  for (let c = 0; c < cols; c++) {
    if (grid[r][c] !== '#' || visited[r * cols + c]) continue;
    islands++;
    visited[r * cols + c] = 1;
    const stack = [r * cols + c];
    let size = 0;
    while (stack.length > 0) {
      const cell = stack.pop();
      const y = Math.floor(cell / cols);
      const x = cell - y * cols;
      size++;
      if (y > 0 && !visited[cell - cols] && grid[y - 1][x] === '#') {
        visited[cell - cols] = 1;
        stack.push(cell - cols);
      }
      if (y + 1 < rows && !visited[cell + cols] && grid[y + 1][x] === '#') {
        visited[cell + cols] = 1;
        stack.push(cell + cols);
      }
      if (x > 0 && !visited[cell - 1] && grid[y][x - 1] === '#') {
        visited[cell - 1] = 1;
        stack.push(cell - 1);
      }
      if (x + 1 < cols && !visited[cell + 1] && grid[y][x + 1] === '#') {
        visited[cell + 1] = 1;
        stack.push(cell + 1);
      }
    }
    if (size > largest) largest = size;
  }
}
console.log(`${islands} ${largest}`);
