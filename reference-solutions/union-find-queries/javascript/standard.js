const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, q] = lines[0].split(' ').map(Number);
const parent = Array.from({ length: n + 1 }, (_, i) => i);
const size = new Array(n + 1).fill(1);
function find(x) {
  // Path compression: every node on the way ends up pointing at the root.
  let root = x;
  while (parent[root] !== root) root = parent[root];
  while (parent[x] !== root) {
    const next = parent[x];
    parent[x] = root;
    x = next;
  }
  return root;
}
const out = [];
for (let i = 1; i <= q; i++) {
  const parts = lines[i].split(' ');
  let ra = find(Number(parts[1]));
  let rb = find(Number(parts[2]));
  if (parts[0] === 'U') {
    if (ra !== rb) {
      if (size[ra] < size[rb]) {
        const tmp = ra;
        ra = rb;
        rb = tmp;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }
  } else {
    out.push(ra === rb ? 'YES' : 'NO');
  }
}
if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
