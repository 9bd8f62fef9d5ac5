const text = require('fs').readFileSync(0, 'utf8');
const counts = new Map();
for (const word of text.split(/\s+/)) {
  if (word !== '') counts.set(word, (counts.get(word) || 0) + 1);
}
// Count descending, then word ascending (code-unit order, the same as byte order for a-z).
const top = [...counts.entries()]
  .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
  .slice(0, 10);
let out = '';
for (const [word, count] of top) out += word + ' ' + count + '\n';
process.stdout.write(out);
