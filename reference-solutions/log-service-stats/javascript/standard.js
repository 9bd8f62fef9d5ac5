const data = require('fs').readFileSync(0, 'utf8');
// Line by line: one anchored regex picks the first three fields; totals per service.
const request = /^\S+ [A-Z]+ svc=(\S+) status=(\d+) ms=(\d+)/;
const stats = new Map();
for (const line of data.split('\n')) {
  const m = request.exec(line);
  if (m === null) continue;
  let s = stats.get(m[1]);
  if (s === undefined) stats.set(m[1], (s = [0, 0, 0]));
  s[0]++;
  if (Number(m[2]) >= 500) s[1]++;
  const ms = Number(m[3]);
  if (ms > s[2]) s[2] = ms;
}
let out = '';
for (const name of [...stats.keys()].sort()) {
  const s = stats.get(name);
  out += `${name} ${s[0]} ${s[1]} ${s[2]}\n`;
}
process.stdout.write(out);
