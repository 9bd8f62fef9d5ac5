const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [rows, cols] = lines[0].split(' ').map(Number);
const image = [];
for (let r = 1; r <= rows; r++) image.push(lines[r].split(' ').map(Number));
// Separable blur: sums over each cell's row window, then over three rows of those sums.
const across = image.map((row) => {
  const sums = new Array(cols);
  for (let c = 0; c < cols; c++) sums[c] = row[c] + (c > 0 ? row[c - 1] : 0) + (c + 1 < cols ? row[c + 1] : 0);
  return sums;
});
let out = '';
for (let r = 0; r < rows; r++) {
  const lo = Math.max(r - 1, 0);
  const hi = Math.min(r + 1, rows - 1);
  const parts = new Array(cols);
  for (let c = 0; c < cols; c++) {
    let s = 0;
    for (let y = lo; y <= hi; y++) s += across[y][c];
    const width = Math.min(c + 1, cols - 1) - Math.max(c - 1, 0) + 1;
    parts[c] = Math.floor(s / ((hi - lo + 1) * width));
  }
  out += parts.join(' ') + '\n';
}
process.stdout.write(out);
