(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // One native split; keys and values stay strings (equal numbers are spelled alike) and are
  // printed as read.
  const tok = data.replaceAll('\n', ' ').split(' ');
  const c = +tok[0];
  const q = +tok[1];
  // A Map iterates in insertion order: delete and re-insert makes an entry the most recent, and
  // the first key is the least recently used.
  const cache = new Map();
  const out = [];
  let pos = 2;
  for (let i = 0; i < q; i++) {
    const key = tok[pos + 1];
    if (tok[pos] === 'G') {
      pos += 2;
      const value = cache.get(key);
      if (value === undefined) out.push('-1');
      else {
        cache.delete(key);
        cache.set(key, value);
        out.push(value);
      }
    } else {
      if (cache.has(key)) cache.delete(key);
      else if (cache.size === c) cache.delete(cache.keys().next().value);
      cache.set(key, tok[pos + 2]);
      pos += 3;
    }
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
})();
