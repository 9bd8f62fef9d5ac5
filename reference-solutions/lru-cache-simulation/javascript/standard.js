const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [c, q] = lines[0].split(' ').map(Number);
// A Map iterates in insertion order: delete and re-insert makes an entry the most recent, and
// the first key is the least recently used.
const cache = new Map();
const out = [];
for (let i = 1; i <= q; i++) {
  const parts = lines[i].split(' ');
  const key = Number(parts[1]);
  if (parts[0] === 'G') {
    if (cache.has(key)) {
      const value = cache.get(key);
      cache.delete(key);
      cache.set(key, value);
      out.push(value);
    } else {
      out.push(-1);
    }
  } else {
    if (cache.has(key)) cache.delete(key);
    else if (cache.size === c) cache.delete(cache.keys().next().value);
    cache.set(key, Number(parts[2]));
  }
}
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
