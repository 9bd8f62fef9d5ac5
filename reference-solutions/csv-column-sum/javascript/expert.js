const data = require('fs').readFileSync(0, 'utf8');
// All values are parsed by one JSON.parse (V8's C++ number scanner) of the body with newlines
// turned into commas: no per-cell substrings or string-to-number calls. Column j is then the
// stride-c run from j. Values are at most 10^12, so a Number partial sum over 4096 rows stays
// below 2^53 and exact; partial sums are moved into BigInt totals.
const headerEnd = data.indexOf('\n');
const names = data.slice(0, headerEnd).split(',');
const c = names.length;
const body = data.slice(headerEnd + 1, data.length - 1);
const vals = body.length === 0 ? [] : JSON.parse('[' + body.replaceAll('\n', ',') + ']');
const m = vals.length;
const STRIDE = 4096 * c;
let out = '';
for (let j = 0; j < c; j++) {
  let total = 0n;
  for (let s = j; s < m; s += STRIDE) {
    const e = s + STRIDE < m ? s + STRIDE : m;
    let partial = 0;
    for (let k = s; k < e; k += c) partial += vals[k];
    total += BigInt(partial);
  }
  out += names[j] + ' ' + total + '\n';
}
process.stdout.write(out);
