const data = require('fs').readFileSync(0, 'latin1');
const eol = data.indexOf('\n');
const sp = data.indexOf(' ');
const rows = +data.slice(0, sp);
const cols = +data.slice(sp + 1, eol);
// The input text itself is the grid: row r starts at eol + 1 + r * (cols + 1) and ends with a
// newline, which acts as water on the right (and left, for the next row). One water row above
// and below makes the neighbours of cell i simply i - 1, i + 1, i - w, i + w, with no bounds
// tests. A land cell becomes water (0) when it is pushed, so the grid is its own visited set.
const w = cols + 1;
const g = new Uint8Array((rows + 2) * w);
const first = eol + 1;
for (let r = 0; r < rows; r++) {
  const src = first + r * w;
  const dst = (r + 1) * w;
  for (let c = 0; c < cols; c++) if (data.charCodeAt(src + c) === 35) g[dst + c] = 1;
}
const stack = new Int32Array(rows * cols + 1);
let islands = 0;
let largest = 0;
const end = (rows + 1) * w;
for (let pos = w; pos < end; pos++) {
  if (g[pos] === 0) continue;
  islands++;
  g[pos] = 0;
  stack[0] = pos;
  let top = 1;
  let size = 0;
  while (top > 0) {
    const i = stack[--top];
    size++;
    if (g[i - 1] === 1) {
      g[i - 1] = 0;
      stack[top++] = i - 1;
    }
    if (g[i + 1] === 1) {
      g[i + 1] = 0;
      stack[top++] = i + 1;
    }
    if (g[i - w] === 1) {
      g[i - w] = 0;
      stack[top++] = i - w;
    }
    if (g[i + w] === 1) {
      g[i + w] = 0;
      stack[top++] = i + w;
    }
  }
  if (size > largest) largest = size;
}
process.stdout.write(`${islands} ${largest}\n`);
