const MOD = 1000000007;
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [rows, cols] = lines[0].split(' ').map(Number);
// ways[j] = number of paths to cell (i, j) of the current row i.
const ways = new Array(cols).fill(0);
ways[0] = 1;
for (let i = 0; i < rows; i++) {
  const row = lines[1 + i];
  for (let j = 0; j < cols; j++) {
    if (row[j] === '#') ways[j] = 0;
    else if (j > 0) ways[j] = (ways[j] + ways[j - 1]) % MOD;
  }
}
console.log(String(ways[cols - 1]));
