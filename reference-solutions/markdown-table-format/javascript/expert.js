// The body is split once into a flat array of cells (newlines turned into pipes, so one split
// serves every line). Widths come from one pass over the cell lengths; each row's cells are
// padded by concatenating a precomputed run of spaces (cheaper than padStart / padEnd) into a
// reused array joined once per row, and the rows are joined once. The output goes out in one
// fs.writeSync on descriptor 1, which skips setting up the process.stdout stream.
const fs = require('fs');
const data = fs.readFileSync(0, 'utf8');
const cells = data.slice(0, -1).replaceAll('\n', '|').split('|');
const c = data.slice(0, data.indexOf('\n')).split('|').length;
const total = cells.length;
const n = total / c;
const right = [];
const widths = [];
for (let j = 0; j < c; j++) {
  right.push(cells[j].startsWith('>'));
  if (right[j]) cells[j] = cells[j].slice(1);
  widths.push(3);
}
for (let k = 0, j = 0; k < total; k++) {
  const len = cells[k].length;
  if (len > widths[j]) widths[j] = len;
  if (++j === c) j = 0;
}
let widest = 0;
for (let j = 0; j < c; j++) if (widths[j] > widest) widest = widths[j];
const spaces = [''];
for (let s = 1; s <= widest; s++) spaces.push(spaces[s - 1] + ' ');
const row = new Array(c);
const out = new Array(n + 1);
for (let j = 0; j < c; j++) row[j] = '-'.repeat(widths[j] - 1) + (right[j] ? ':' : '-');
out[1] = row.join(' | ');
for (let i = 0, k = 0; i < n; i++) {
  for (let j = 0; j < c; j++, k++) {
    const cell = cells[k];
    row[j] = right[j] ? spaces[widths[j] - cell.length] + cell : cell + spaces[widths[j] - cell.length];
  }
  out[i === 0 ? 0 : i + 1] = row.join(' | ');
}
fs.writeSync(1, '| ' + out.join(' |\n| ') + ' |\n');
