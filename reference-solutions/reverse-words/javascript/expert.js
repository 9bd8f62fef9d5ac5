const input = require('fs').readFileSync(0, 'utf8');
// Everything per word happens inside builtins: a global match picks a line's words (no
// empty strings to skip), reverse and join rebuild it; one join for the whole output.
const lines = input.split('\n');
let n = lines.length;
if (n > 0 && lines[n - 1] === '') n--;
const out = new Array(n);
const WORD = /[a-z]+/g;
for (let i = 0; i < n; i++) {
  const words = lines[i].match(WORD);
  out[i] = words === null ? '' : words.reverse().join(' ');
}
if (n > 0) process.stdout.write(out.join('\n') + '\n');
