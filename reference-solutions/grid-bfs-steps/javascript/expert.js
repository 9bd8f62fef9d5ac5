// BFS directly on the input text: row r starts at base + r * W, where W is the row length
// plus its line break. The line breaks act as a wall column, positions before the grid are
// the header (digits, spaces) and positions past the end give NaN, so a neighbour is open
// exactly when its character is '.' or 'T': no bounds checks and no copy of the grid.
const data = require('fs').readFileSync(0, 'utf8');
const base = data.indexOf('\n') + 1;
let W = data.indexOf('\n', base) + 1 - base;
if (W <= 0) W = data.length - base + 1;
let R = 0;
for (let i = 0; data.charCodeAt(i) !== 32; i++) R = R * 10 + data.charCodeAt(i) - 48;
const start = data.indexOf('S', base);
const target = data.indexOf('T', base);
const seen = new Uint8Array(base + (R + 1) * W);
const queue = new Int32Array(R * W);
seen[start] = 1;
queue[0] = start;
let head = 0;
let tail = 1;
let levelEnd = 1;
let steps = 0;
let answer = -1;
search: while (head < tail) {
  steps++;
  for (; head < levelEnd; head++) {
    const p = queue[head];
    let q = p - W;
    let ch = data.charCodeAt(q);
    if ((ch === 46 || ch === 84) && seen[q] === 0) {
      if (q === target) { answer = steps; break search; }
      seen[q] = 1;
      queue[tail++] = q;
    }
    q = p + W;
    ch = data.charCodeAt(q);
    if ((ch === 46 || ch === 84) && seen[q] === 0) {
      if (q === target) { answer = steps; break search; }
      seen[q] = 1;
      queue[tail++] = q;
    }
    q = p - 1;
    ch = data.charCodeAt(q);
    if ((ch === 46 || ch === 84) && seen[q] === 0) {
      if (q === target) { answer = steps; break search; }
      seen[q] = 1;
      queue[tail++] = q;
    }
    q = p + 1;
    ch = data.charCodeAt(q);
    if ((ch === 46 || ch === 84) && seen[q] === 0) {
      if (q === target) { answer = steps; break search; }
      seen[q] = 1;
      queue[tail++] = q;
    }
  }
  levelEnd = tail;
}
process.stdout.write(answer + '\n');
