const MOD = 1000000007;
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const sp = lines[0].indexOf(' ');
const rows = +lines[0].slice(0, sp);
const cols = +lines[0].slice(sp + 1);
// ways[j] = paths to (i, j) of the current row, in an Int32Array (values < MOD < 2^31). A row
// is split at its blocked cells by one builtin split('#'): each run of open cells s..e-1 is a
// running sum of the previous row's values (its left neighbour is blocked or the border), so
// open cells need no per-cell character test; the blocked cell after a run becomes 0.
const ways = new Int32Array(cols);
ways[0] = 1;
for (let i = 1; i <= rows; i++) {
  const parts = lines[i].split('#');
  const np = parts.length;
  let s = 0;
  for (let k = 0; k < np; k++) {
    const e = s + parts[k].length;
    let left = 0;
    for (let j = s; j < e; j++) {
      left += ways[j];
      if (left >= MOD) left -= MOD;
      ways[j] = left;
    }
    if (e < cols) ways[e] = 0;
    s = e + 1;
  }
}
process.stdout.write(ways[cols - 1] + '\n');
