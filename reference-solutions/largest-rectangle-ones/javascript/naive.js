const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [rows, cols] = lines[0].split(' ').map(Number);
const grid = lines.slice(1, rows + 1).map((line) => line.split(''));
// heights[r][c] = run of 1s ending at row r in column c; the whole table is built first.
const heights = [];
for (let r = 0; r < rows; r++) {
  heights.push([]);
  for (let c = 0; c < cols; c++) {
    if (grid[r][c] === '1') heights[r].push(r > 0 ? heights[r - 1][c] + 1 : 1);
    else heights[r].push(0);
  }
}
let best = 0;
for (let r = 0; r < rows; r++) {
  // Largest rectangle under the histogram of row r: a stack of {start, height} bars.
  const stack = [];
  const bars = [...heights[r], 0];
  bars.forEach((h, c) => {
    let start = c;
    while (stack.length > 0 && stack[stack.length - 1].height >= h) {
      const bar = stack.pop();
      start = bar.start;
      best = Math.max(best, bar.height * (c - start));
    }
    stack.push({ start, height: h });
  });
}
console.log(String(best));
