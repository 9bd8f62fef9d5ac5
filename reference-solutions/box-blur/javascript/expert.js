const data = require('fs').readFileSync(0, 'latin1');
// Digits are parsed straight from the input text into one flat Int32Array; the blur is
// separable and kept in flat typed arrays: row-window sums, then three rows of those sums,
// divided by a per-row height times a per-column width.
let pos = 0;
function next() {
  let ch = data.charCodeAt(pos);
  while (ch < 48) ch = data.charCodeAt(++pos);
  let v = 0;
  while (ch >= 48) {
    v = v * 10 + ch - 48;
    ch = data.charCodeAt(++pos);
  }
  return v;
}
const rows = next();
const cols = next();
const n = rows * cols;
const across = new Int32Array(n + 2 * cols);
for (let r = 0, base = cols; r < rows; r++, base += cols) {
  let left = 0;
  let mid = next();
  for (let c = 0; c < cols - 1; c++) {
    const right = next();
    across[base + c] = left + mid + right;
    left = mid;
    mid = right;
  }
  across[base + cols - 1] = left + mid;
}
const width = new Int32Array(cols).fill(3);
width[0] = cols > 1 ? 2 : 1;
width[cols - 1] = cols > 1 ? 2 : 1;
let out = '';
for (let r = 0, base = cols; r < rows; r++, base += cols) {
  const height = 3 - (r === 0 ? 1 : 0) - (r === rows - 1 ? 1 : 0);
  let line = '';
  for (let c = 0; c < cols; c++) {
    const i = base + c;
    const v = ((across[i - cols] + across[i] + across[i + cols]) / (height * width[c])) | 0;
    line += c === 0 ? v : ' ' + v;
  }
  out += line + '\n';
}
process.stdout.write(out);
