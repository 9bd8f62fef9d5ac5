const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const [h, v] = lines[0].split(' ').map(Number);
const horizontal = lines.slice(1, 1 + h).map((line) => line.split(' ').map(Number));
const vertical = lines.slice(1 + h, 1 + h + v).map((line) => line.split(' ').map(Number));
// Test every pair.
let count = 0;
for (const [y, x1, x2] of horizontal) {
  for (const [x, y1, y2] of vertical) {
    if (x1 <= x && x <= x2 && y1 <= y && y <= y2) count++;
  }
}
console.log(count);
