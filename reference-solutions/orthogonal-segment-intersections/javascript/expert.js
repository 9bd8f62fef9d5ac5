(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // Newlines become spaces and one native split gives every token; the Float64Array
  // constructor converts them natively. Segment i's numbers sit at 2 + 3i, 3 + 3i, 4 + 3i.
  const tok = data.replaceAll('\n', ' ').split(' ');
  const h = +tok[0];
  const v = +tok[1];
  const nums = new Float64Array(tok.slice(2, 2 + 3 * (h + v)));
  if (h === 0 || v === 0) return void process.stdout.write('0\n');
  // Sweep a vertical line from left to right with a Fenwick tree over the ranks of the
  // horizontal y values. Every event is packed into one double,
  // ((x + 10^9) * 4 + kind) * 2^18 + index < 2^51, so one native numeric sort of a
  // Float64Array orders them: at equal x, starts (kind 0) before queries (1) before ends (2).
  const SHIFT = 262144; // 2^18 > number of segments
  const ykeys = new Float64Array(h);
  for (let i = 0; i < h; i++) ykeys[i] = (nums[3 * i] + 1e9) * SHIFT + i;
  ykeys.sort();
  const rank = new Int32Array(h);
  const ys = new Float64Array(h); // distinct y values, ascending
  let m = 0;
  for (let k = 0; k < h; k++) {
    const i = ykeys[k] % SHIFT;
    const y = nums[3 * i];
    if (m === 0 || ys[m - 1] !== y) ys[m++] = y;
    rank[i] = m; // 1-based
  }
  const events = new Float64Array(2 * h + v);
  let e = 0;
  for (let i = 0; i < h; i++) {
    events[e++] = (nums[3 * i + 1] + 1e9) * 4 * SHIFT + i;
    events[e++] = ((nums[3 * i + 2] + 1e9) * 4 + 2) * SHIFT + i;
  }
  for (let i = 0; i < v; i++) events[e++] = ((nums[3 * (h + i)] + 1e9) * 4 + 1) * SHIFT + i;
  events.sort();
  const tree = new Int32Array(m + 1);
  let count = 0;
  for (let k = 0; k < e; k++) {
    const key = events[k];
    const i = key % SHIFT;
    const kind = Math.floor(key / SHIFT) % 4;
    if (kind === 1) {
      // present y values in [y1, y2] = prefix(rank of the last y <= y2) - prefix(last y < y1)
      const y1 = nums[3 * (h + i) + 1];
      const y2 = nums[3 * (h + i) + 2];
      let lo = 0;
      let hi = m;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ys[mid] <= y2) lo = mid + 1;
        else hi = mid;
      }
      for (let r = lo; r > 0; r -= r & -r) count += tree[r];
      lo = 0;
      hi = m;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ys[mid] < y1) lo = mid + 1;
        else hi = mid;
      }
      for (let r = lo; r > 0; r -= r & -r) count -= tree[r];
    } else {
      const delta = kind === 0 ? 1 : -1;
      for (let r = rank[i]; r <= m; r += r & -r) tree[r] += delta;
    }
  }
  process.stdout.write(count + '\n');
})();
