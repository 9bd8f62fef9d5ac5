const data = require('fs').readFileSync(0, 'utf8');
const lines = data.trim().split('\n');
const names = lines[0].split(',');
// Read every row into an object keyed by column name, then total each column.
const rows = [];
for (const line of lines.slice(1)) {
  const cells = line.split(',');
  const row = {};
  names.forEach((name, j) => {
    row[name] = cells[j];
  });
  rows.push(row);
}
let out = '';
for (const name of names) {
  const total = rows.reduce((sum, row) => sum + BigInt(row[name]), 0n);
  out += name + ' ' + total + '\n';
}
process.stdout.write(out);
