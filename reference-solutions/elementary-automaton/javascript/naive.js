// Every generation is kept as an array of characters; each cell reads its neighbourhood with
// bounds checks and looks up the rule bit.
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [rule, w, k] = lines[0].split(' ').map(Number);
const history = [lines[1].split('')];
for (let g = 0; g < k; g++) {
  const cur = history[history.length - 1];
  const nxt = [];
  for (let i = 0; i < w; i++) {
    const left = i > 0 && cur[i - 1] === '#' ? 1 : 0;
    const mid = cur[i] === '#' ? 1 : 0;
    const right = i + 1 < w && cur[i + 1] === '#' ? 1 : 0;
    nxt.push((rule >> (4 * left + 2 * mid + right)) & 1 ? '#' : '.');
  }
  history.push(nxt);
}
console.log(history[history.length - 1].join(''));
