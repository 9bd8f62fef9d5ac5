const s = require('fs').readFileSync(0, 'utf8').trim();
const n = s.length;
const pi = [];
for (let i = 0; i < n; i++) {
  // Longest border of s[:i + 1]: try every length from the longest down.
  let best = 0;
  for (let k = i; k > 0; k--) {
    if (s.startsWith(s.slice(i - k + 1, i + 1))) {
      best = k;
      break;
    }
  }
  pi.push(best);
}
const borders = [];
for (let k = 1; k < n; k++) if (s.startsWith(s.slice(n - k))) borders.push(k);
console.log(pi.join(' '));
console.log(borders.join(' '));
