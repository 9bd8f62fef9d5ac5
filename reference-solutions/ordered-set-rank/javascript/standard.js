const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const q = Number(lines[0]);
// The set as a sorted array: binary search for rank and membership, index for k-th.
const items = [];
function lowerBound(x) {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const out = [];
for (let i = 1; i <= q; i++) {
  const [t, x] = lines[i].split(' ').map(Number);
  if (t === 1) {
    const p = lowerBound(x);
    if (items[p] !== x) items.splice(p, 0, x);
  } else if (t === 2) {
    const p = lowerBound(x);
    if (items[p] === x) items.splice(p, 1);
  } else if (t === 3) {
    out.push(lowerBound(x));
  } else {
    out.push(x <= items.length ? items[x - 1] : -1);
  }
}
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
