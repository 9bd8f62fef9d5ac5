const s = require('fs').readFileSync(0, 'utf8').trim();
const n = s.length;
// Knuth-Morris-Pratt prefix function: the border of s[:i + 1] extends a border of s[:i], and
// the borders of s[:i] are pi[i - 1], pi[pi[i - 1] - 1], ...
const pi = new Array(n).fill(0);
for (let i = 1; i < n; i++) {
  let j = pi[i - 1];
  while (j > 0 && s[i] !== s[j]) j = pi[j - 1];
  if (s[i] === s[j]) j++;
  pi[i] = j;
}
// The borders of s are the same chain from pi[n - 1].
const borders = [];
for (let k = pi[n - 1]; k > 0; k = pi[k - 1]) borders.push(k);
borders.reverse();
console.log(pi.join(' '));
console.log(borders.join(' '));
