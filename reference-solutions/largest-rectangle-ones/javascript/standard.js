const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [rows, cols] = lines[0].split(' ').map(Number);
const heights = new Array(cols + 1).fill(0); // the last entry stays 0 and flushes the stack
let best = 0;
for (let r = 1; r <= rows; r++) {
  const line = lines[r];
  for (let c = 0; c < cols; c++) heights[c] = line[c] === '1' ? heights[c] + 1 : 0;
  // Largest rectangle under the histogram: a stack of column indices, increasing heights.
  const stack = [];
  for (let c = 0; c <= cols; c++) {
    const h = heights[c];
    while (stack.length > 0 && heights[stack[stack.length - 1]] >= h) {
      const top = heights[stack.pop()];
      const left = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
      const area = top * (c - left);
      if (area > best) best = area;
    }
    stack.push(c);
  }
}
console.log(String(best));
