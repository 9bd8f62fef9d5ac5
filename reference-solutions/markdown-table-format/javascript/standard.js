// Split every line once, take each column's width once, pad with padStart / padEnd.
const rows = require('fs')
  .readFileSync(0, 'utf8')
  .split('\n')
  .slice(0, -1)
  .map((line) => line.split('|'));
const right = rows[0].map((name) => name.startsWith('>'));
rows[0] = rows[0].map((name, j) => (right[j] ? name.slice(1) : name));
const widths = rows[0].map(() => 3);
for (const row of rows) {
  row.forEach((cell, j) => {
    if (cell.length > widths[j]) widths[j] = cell.length;
  });
}
const formatRow = (row) => '| ' + row.map((cell, j) => (right[j] ? cell.padStart(widths[j]) : cell.padEnd(widths[j]))).join(' | ') + ' |';
const delimiter = '| ' + widths.map((w, j) => '-'.repeat(w - 1) + (right[j] ? ':' : '-')).join(' | ') + ' |';
const out = [formatRow(rows[0]), delimiter];
for (let i = 1; i < rows.length; i++) out.push(formatRow(rows[i]));
process.stdout.write(out.join('\n') + '\n');
