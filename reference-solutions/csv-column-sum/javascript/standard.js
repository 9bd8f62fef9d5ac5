const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const names = lines[0].split(',');
const c = names.length;
// Values are at most 10^12, so a Number partial sum stays exact for 8192 rows (below 2^53);
// partial sums are then moved into exact BigInt totals.
const FLUSH = 8192;
const totals = new Array(c).fill(0n);
const partial = new Array(c).fill(0);
let pending = 0;
for (let i = 1; i < lines.length; i++) {
  if (lines[i] === '') continue;
  const cells = lines[i].split(',');
  for (let j = 0; j < c; j++) partial[j] += Number(cells[j]);
  if (++pending === FLUSH) {
    for (let j = 0; j < c; j++) {
      totals[j] += BigInt(partial[j]);
      partial[j] = 0;
    }
    pending = 0;
  }
}
for (let j = 0; j < c; j++) totals[j] += BigInt(partial[j]);
process.stdout.write(names.map((name, j) => `${name} ${totals[j]}\n`).join(''));
