const data = require('fs').readFileSync(0, 'utf8');
// Every value is a JSON number, so the body parses as a JSON array of rows: each line
// becomes [v1,...,vc]. Values are at most 10^12, so a Number partial sum stays exact for
// 8192 rows (below 2^53); partial sums are then moved into exact BigInt totals.
const headerEnd = data.indexOf('\n');
const names = data.slice(0, headerEnd).split(',');
const c = names.length;
const body = data.slice(headerEnd + 1, -1);
const rows = body === '' ? [] : JSON.parse('[[' + body.split('\n').join('],[') + ']]');
const FLUSH = 8192;
const totals = new Array(c).fill(0n);
const partial = new Array(c).fill(0);
let pending = 0;
for (const row of rows) {
  for (let j = 0; j < c; j++) partial[j] += row[j];
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
