const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const [n, q] = lines[0].split(' ').map(Number);
const a = lines[1].split(' ').map(Number);
// prefix[i] = a[0] + ... + a[i-1]; sums stay below 2^53, so plain numbers are exact.
const prefix = new Array(n + 1);
prefix[0] = 0;
for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + a[i];
const out = [];
for (let i = 0; i < q; i++) {
  const [l, r] = lines[2 + i].split(' ').map(Number);
  out.push(prefix[r] - prefix[l - 1]);
}
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
