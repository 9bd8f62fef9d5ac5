(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // One native split; the operation letters are compared as strings and the numbers converted
  // in bulk by the Int32Array constructor ('U' and 'Q' become 0 there and are not read).
  const tok = data.replaceAll('\n', ' ').split(' ');
  const num = new Int32Array(tok);
  const n = num[0];
  const q = num[1];
  // Union by size with path halving (each step points a node at its grandparent).
  const parent = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) parent[i] = i;
  const size = new Int32Array(n + 1).fill(1);
  const out = [];
  for (let k = 0, p = 2; k < q; k++, p += 3) {
    let a = num[p + 1];
    let b = num[p + 2];
    while (parent[a] !== a) a = parent[a] = parent[parent[a]];
    while (parent[b] !== b) b = parent[b] = parent[parent[b]];
    if (tok[p] === 'U') {
      if (a !== b) {
        if (size[a] < size[b]) {
          const tmp = a;
          a = b;
          b = tmp;
        }
        parent[b] = a;
        size[a] += size[b];
      }
    } else {
      out.push(a === b ? 'YES' : 'NO');
    }
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
})();
