const text = require('fs').readFileSync(0, 'utf8');
// Words are built character by character; counts live in a list of [word, count] pairs found
// by a linear search.
const counts = [];
function add(word) {
  const idx = counts.findIndex((pair) => pair[0] === word);
  if (idx === -1) counts.push([word, 1]);
  else counts[idx][1]++;
}
let word = '';
for (const ch of text) {
  if (ch >= 'a' && ch <= 'z') {
    word += ch;
  } else if (word !== '') {
    add(word);
    word = '';
  }
}
if (word !== '') add(word);
counts.sort((x, y) => (x[1] !== y[1] ? y[1] - x[1] : x[0] < y[0] ? -1 : 1));
for (const [w, c] of counts.slice(0, 10)) console.log(w + ' ' + c);
