// Each date becomes a day number (days since 0001-01-01, a Monday); the ISO year is the year
// of the week's Thursday, the week number counts from that year's first day.
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const n = Number(lines[0]);
const BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const isLeap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const yearStart = (y) => (y - 1) * 365 + Math.floor((y - 1) / 4) - Math.floor((y - 1) / 100) + Math.floor((y - 1) / 400);
const out = [];
for (let i = 1; i <= n; i++) {
  const s = lines[i];
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const day = yearStart(y) + BEFORE[m - 1] + (m > 2 && isLeap(y) ? 1 : 0) + d - 1;
  const dow = (day % 7) + 1;
  const thursday = day + 4 - dow;
  let iy = y;
  if (thursday < yearStart(y)) iy = y - 1;
  else if (thursday >= yearStart(y + 1)) iy = y + 1;
  const week = Math.floor((thursday - yearStart(iy)) / 7) + 1;
  out.push(String(iy).padStart(4, '0') + '-W' + String(week).padStart(2, '0') + '-' + dow);
}
if (n > 0) process.stdout.write(out.join('\n') + '\n');
