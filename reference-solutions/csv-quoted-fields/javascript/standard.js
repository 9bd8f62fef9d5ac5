const text = require('fs').readFileSync(0, 'utf8');
// One regex match per record; field c's value is unquoted and unescaped, then measured.
const first = text.indexOf('\n');
const c = Number(text.slice(0, first));
const FIELD = '"(?:[^"]|"")*"|[^,"\\n]*';
const RECORD = new RegExp(`^(?:(?:${FIELD}),){${c}}(${FIELD})(?:,(?:${FIELD}))*\\n`, 'gm');
let records = 0;
let total = 0;
let weighted = 0;
for (const [, raw] of text.slice(first + 1).matchAll(RECORD)) {
  const value = raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw;
  records++;
  total += value.length;
  weighted += records * value.length;
}
process.stdout.write(`${records} ${total} ${weighted}\n`);
