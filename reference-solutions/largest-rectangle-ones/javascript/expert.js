const data = require('fs').readFileSync(0, 'latin1');
const eol = data.indexOf('\n');
const sp = data.indexOf(' ');
const rows = +data.slice(0, sp);
const cols = +data.slice(sp + 1, eol);
// One row of heights, read straight from the input text (row r starts at eol + 1 + r * (cols + 1)).
// Histogram scan with two preallocated stacks (bar starts and heights) above a -1 sentinel; a
// bar equal to the top is not pushed, since the top already extends over it.
const heights = new Int32Array(cols);
const starts = new Int32Array(cols + 1);
const tops = new Int32Array(cols + 1);
tops[0] = -1;
let best = 0;
for (let r = 0, base = eol + 1; r < rows; r++, base += cols + 1) {
  let sp = 0;
  for (let c = 0; c < cols; c++) {
    const h = data.charCodeAt(base + c) === 49 ? heights[c] + 1 : 0;
    heights[c] = h;
    let start = c;
    while (tops[sp] > h) {
      start = starts[sp];
      const area = tops[sp] * (c - start);
      if (area > best) best = area;
      sp--;
    }
    if (h > tops[sp]) {
      sp++;
      starts[sp] = start;
      tops[sp] = h;
    }
  }
  for (; sp > 0; sp--) {
    const area = tops[sp] * (cols - starts[sp]);
    if (area > best) best = area;
  }
}
process.stdout.write(best + '\n');
