const s = require('fs').readFileSync(0, 'utf8').trim();
const n = s.length;
// Knuth-Morris-Pratt prefix function with the current border length carried in a local (it is
// pi[i - 1] on entry) and the letter read once per position. Plain string indexing and a plain
// array: on V8's baseline tier both are cheaper to read than typed arrays.
const pi = new Array(n).fill(0);
let k = 0;
for (let i = 1; i < n; i++) {
  const c = s[i];
  while (k > 0 && s[k] !== c) k = pi[k - 1];
  if (s[k] === c) k++;
  pi[i] = k;
}
const borders = [];
for (let b = pi[n - 1]; b > 0; b = pi[b - 1]) borders.push(b);
borders.reverse();
process.stdout.write(pi.join(' ') + '\n' + borders.join(' ') + '\n');
