const data = require('fs').readFileSync(0, 'utf8');
// Parse every line into a record, keep them all, group them by service, then summarise.
const records = [];
for (const line of data.split('\n')) {
  if (line === '') continue;
  const parts = line.split(' ');
  const fields = parts.slice(2).map((part) => {
    const eq = part.indexOf('=');
    return [part.slice(0, eq), part.slice(eq + 1)];
  });
  const keys = fields.map(([key]) => key);
  if (keys.slice(0, 3).join(',') !== 'svc,status,ms') continue;
  records.push({
    time: parts[0],
    level: parts[1],
    svc: fields[0][1],
    status: Number(fields[1][1]),
    ms: Number(fields[2][1]),
    extra: Object.fromEntries(fields.slice(3)),
  });
}
const groups = new Map();
for (const record of records) {
  if (!groups.has(record.svc)) groups.set(record.svc, []);
  groups.get(record.svc).push(record);
}
let out = '';
for (const name of [...groups.keys()].sort()) {
  const group = groups.get(name);
  const errors = group.filter((r) => r.status >= 500).length;
  const max = group.reduce((m, r) => Math.max(m, r.ms), 0);
  out += `${name} ${group.length} ${errors} ${max}\n`;
}
process.stdout.write(out);
