// Binary min-heap of node numbers.
class MinHeap {
  constructor() {
    this.items = [];
  }

  get size() {
    return this.items.length;
  }

  push(x) {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= x) break;
      a[i] = a[p];
      i = p;
    }
    a[i] = x;
  }

  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      let i = 0;
      const n = a.length;
      while (true) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && a[c + 1] < a[c]) c++;
        if (a[c] >= last) break;
        a[i] = a[c];
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

const data = require('fs').readFileSync(0, 'utf8');
const nums = data.trim().split(/\s+/).map(Number);
const n = nums[0];
const m = nums[1];
const adj = Array.from({ length: n }, () => []);
const indeg = new Array(n).fill(0);
for (let i = 0; i < m; i++) {
  const u = nums[2 + 2 * i];
  const v = nums[3 + 2 * i];
  adj[u].push(v);
  indeg[v]++;
}
// Kahn's algorithm, always taking the smallest ready node.
const heap = new MinHeap();
for (let i = 0; i < n; i++) if (indeg[i] === 0) heap.push(i);
const order = [];
while (heap.size > 0) {
  const x = heap.pop();
  order.push(x);
  for (const v of adj[x]) {
    indeg[v]--;
    if (indeg[v] === 0) heap.push(v);
  }
}
console.log(order.length < n ? 'CYCLE' : order.join(' '));
