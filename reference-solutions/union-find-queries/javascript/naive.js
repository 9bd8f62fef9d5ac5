const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, q] = lines[0].split(' ').map(Number);
const parent = Array.from({ length: n + 1 }, (_, i) => i);
function find(x) {
  while (parent[x] !== x) x = parent[x];
  return x;
}
for (let i = 1; i <= q; i++) {
  const [op, a, b] = lines[i].split(' ');
  const ra = find(Number(a));
  const rb = find(Number(b));
  if (op === 'U') {
    // The first group hangs under the second.
    if (ra !== rb) parent[ra] = rb;
  } else {
    console.log(ra === rb ? 'YES' : 'NO');
  }
}
