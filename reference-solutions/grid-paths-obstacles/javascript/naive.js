const MOD = 1000000007;
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [R, C] = lines[0].split(' ').map(Number);
const grid = [];
for (let i = 0; i < R; i++) grid.push(lines[1 + i].split(''));

// Paths to (i, j) come from the cell above and the cell to the left; remember each answer
// under an "i,j" key so every cell is computed once.
const memo = {};
function count(i, j) {
  if (i < 0 || j < 0 || grid[i][j] === '#') return 0;
  if (i === 0 && j === 0) return 1;
  const key = i + ',' + j;
  if (key in memo) return memo[key];
  const result = (count(i - 1, j) + count(i, j - 1)) % MOD;
  memo[key] = result;
  return result;
}
console.log(String(count(R - 1, C - 1)));
