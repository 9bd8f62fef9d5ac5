const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const [n, q] = lines[0].split(' ').map(Number);
const a = lines[1].split(' ').map(Number);
let out = '';
for (let i = 0; i < q; i++) {
  const [l, r] = lines[2 + i].split(' ').map(Number);
  // Add up the range from scratch.
  let sum = 0;
  for (let j = l - 1; j < r; j++) sum += a[j];
  out += sum + '\n';
}
process.stdout.write(out);
