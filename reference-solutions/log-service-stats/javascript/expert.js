const data = require('fs').readFileSync(0, 'latin1');
// One regex over the whole input, no per-line strings. It starts at the timestamp's final "Z "
// (values never hold capitals), so svc= must be the first field. A status of 500 or more starts
// with 5 (three digits, at most 599), so errors are a one-character comparison.
const request = /Z [A-Z]+ svc=(\S+) status=(\d)\d\d ms=(\d+)/g;
const stats = new Map();
let m;
while ((m = request.exec(data)) !== null) {
  let s = stats.get(m[1]);
  if (s === undefined) stats.set(m[1], (s = [0, 0, 0]));
  s[0]++;
  if (m[2] === '5') s[1]++;
  const ms = +m[3];
  if (ms > s[2]) s[2] = ms;
}
let out = '';
for (const name of [...stats.keys()].sort()) {
  const s = stats.get(name);
  out += `${name} ${s[0]} ${s[1]} ${s[2]}\n`;
}
process.stdout.write(out);
