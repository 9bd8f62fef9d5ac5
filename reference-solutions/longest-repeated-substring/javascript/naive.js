const s = require('fs').readFileSync(0, 'utf8').trim();
const n = s.length;
// Try lengths 1, 2, 3, ... while some window of that length repeats.
let best = 0;
let smallest = '';
for (let length = 1; length < n; length++) {
  const seen = new Set();
  const repeats = [];
  for (let i = 0; i + length <= n; i++) {
    const w = s.slice(i, i + length);
    if (seen.has(w)) repeats.push(w);
    seen.add(w);
  }
  if (repeats.length === 0) break;
  best = length;
  repeats.sort();
  smallest = repeats[0];
}
console.log(String(best));
console.log(smallest);
