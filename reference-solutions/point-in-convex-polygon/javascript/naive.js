const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const n = Number(lines[0]);
const poly = lines.slice(1, 1 + n).map((line) => line.split(' ').map(Number));
const q = Number(lines[1 + n]);
// Test each query against every edge: outside if it is to the right of some edge, on the
// boundary if it is on the line of some edge and to the right of none, else inside.
const out = [];
for (let k = 0; k < q; k++) {
  const [px, py] = lines[2 + n + k].split(' ').map(Number);
  let state = 'INSIDE';
  for (let i = 0; i < n; i++) {
    const [ax, ay] = poly[i];
    const [bx, by] = poly[(i + 1) % n];
    const c = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
    if (c < 0) {
      state = 'OUTSIDE';
      break;
    }
    if (c === 0) state = 'BOUNDARY';
  }
  out.push(state);
}
console.log(out.join('\n'));
