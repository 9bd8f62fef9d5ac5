const input = require('fs').readFileSync(0, 'utf8');
const lines = input.split('\n');
if (lines[lines.length - 1] === '') lines.pop();
for (const line of lines) {
  // Collect the words character by character, then build the reversed line with +=.
  const words = [];
  let word = '';
  for (let i = 0; i < line.length; i++) {
    if (line[i] === ' ') {
      if (word !== '') words.push(word);
      word = '';
    } else {
      word += line[i];
    }
  }
  if (word !== '') words.push(word);
  let result = '';
  for (let i = words.length - 1; i >= 0; i--) {
    result += words[i];
    if (i > 0) result += ' ';
  }
  console.log(result);
}
