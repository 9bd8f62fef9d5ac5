// Each date goes through Date objects: move to the Thursday of its week, whose year is the ISO
// year, and count weeks from that year's first day. Lines are written one by one.
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const n = Number(lines[0]);
const DAY = 86400000;
for (let i = 1; i <= n; i++) {
  const d = new Date(lines[i] + 'T00:00:00Z');
  const dow = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  const thursday = new Date(d.getTime() + (4 - dow) * DAY);
  const start = new Date(0);
  start.setUTCFullYear(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - start.getTime()) / DAY / 7) + 1;
  const year = String(thursday.getUTCFullYear()).padStart(4, '0');
  process.stdout.write(year + '-W' + String(week).padStart(2, '0') + '-' + dow + '\n');
}
