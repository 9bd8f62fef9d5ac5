const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const q = Number(lines[0]);
const elements = new Set();
let out = '';
for (let i = 1; i <= q; i++) {
  const [t, x] = lines[i].split(' ').map(Number);
  if (t === 1) elements.add(x);
  else if (t === 2) elements.delete(x);
  else if (t === 3) {
    let count = 0;
    for (const y of elements) if (y < x) count++;
    out += count + '\n';
  } else {
    const ordered = [...elements].sort((a, b) => a - b);
    out += (x <= ordered.length ? ordered[x - 1] : -1) + '\n';
  }
}
process.stdout.write(out);
