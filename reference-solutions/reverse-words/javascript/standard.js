const input = require('fs').readFileSync(0, 'utf8');
const lines = input.split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const out = [];
for (const line of lines) {
  out.push(line.split(' ').filter((w) => w !== '').reverse().join(' '));
}
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
