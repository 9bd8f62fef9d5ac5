// Each date is read digit by digit and becomes a day number (days since 0001-01-01, a Monday);
// the week's Thursday decides the ISO year. Output is written into one byte buffer.
const buf = require('fs').readFileSync(0);
const BEFORE = new Int32Array([0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);
function yearStart(y) {
  const p = y - 1;
  return p * 365 + ((p / 4) | 0) - ((p / 100) | 0) + ((p / 400) | 0);
}
let pos = 0;
let n = 0;
while (buf[pos] !== 10) n = n * 10 + buf[pos++] - 48;
pos++;
const out = Buffer.allocUnsafe(n * 11);
let o = 0;
for (let i = 0; i < n; i++, pos += 11) {
  const y = (buf[pos] - 48) * 1000 + (buf[pos + 1] - 48) * 100 + (buf[pos + 2] - 48) * 10 + buf[pos + 3] - 48;
  const m = (buf[pos + 5] - 48) * 10 + buf[pos + 6] - 48;
  const d = (buf[pos + 8] - 48) * 10 + buf[pos + 9] - 48;
  const start = yearStart(y);
  let day = start + BEFORE[m] + d - 1;
  if (m > 2 && (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0)) day++;
  const dow = (day % 7) + 1;
  const thursday = day + 4 - dow;
  let iy = y;
  let base = start;
  if (thursday < start) {
    iy = y - 1;
    base = yearStart(iy);
  } else if (m === 12 && d >= 29) {
    const next = yearStart(y + 1);
    if (thursday >= next) {
      iy = y + 1;
      base = next;
    }
  }
  const week = ((thursday - base) / 7 + 1) | 0;
  out[o] = 48 + ((iy / 1000) | 0);
  out[o + 1] = 48 + (((iy / 100) | 0) % 10);
  out[o + 2] = 48 + (((iy / 10) | 0) % 10);
  out[o + 3] = 48 + (iy % 10);
  out[o + 4] = 45;
  out[o + 5] = 87;
  out[o + 6] = 48 + ((week / 10) | 0);
  out[o + 7] = 48 + (week % 10);
  out[o + 8] = 45;
  out[o + 9] = 48 + dow;
  out[o + 10] = 10;
  o += 11;
}
process.stdout.write(out.subarray(0, o));
