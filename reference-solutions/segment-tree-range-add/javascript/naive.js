const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, q] = lines[0].split(' ').map(Number);
const a = lines[1].split(' ').map(Number);
let out = '';
for (let k = 0; k < q; k++) {
  const op = lines[2 + k].split(' ').map(Number);
  if (op[0] === 1) {
    for (let i = op[1] - 1; i < op[2]; i++) a[i] += op[3];
  } else {
    let total = 0;
    for (let i = op[1] - 1; i < op[2]; i++) total += a[i];
    out += total + '\n';
  }
}
process.stdout.write(out);
