const s = require('fs').readFileSync(0, 'utf8').trim();
const n = s.length;
// Suffix automaton in flat typed arrays (at most 2n states, 26 transitions per state). A
// state's strings repeat when its end-position set has two or more elements; counts flow from
// each state to its suffix link, longest states first (a counting sort by length). The answer
// is the longest state with count >= 2; first[v], an end position of v, locates its string.
const size = 2 * n + 1;
const next = new Int32Array(size * 26);
const link = new Int32Array(size);
const len = new Int32Array(size);
const first = new Int32Array(size);
const cnt = new Int32Array(size);
link[0] = -1;
let states = 1;
let last = 0;
for (let i = 0; i < n; i++) {
  const c = s.charCodeAt(i) - 97;
  const cur = states++;
  len[cur] = len[last] + 1;
  first[cur] = i;
  cnt[cur] = 1;
  let p = last;
  while (p !== -1 && next[p * 26 + c] === 0) {
    next[p * 26 + c] = cur;
    p = link[p];
  }
  if (p === -1) {
    link[cur] = 0;
  } else {
    const q = next[p * 26 + c];
    if (len[p] + 1 === len[q]) {
      link[cur] = q;
    } else {
      const clone = states++;
      next.copyWithin(clone * 26, q * 26, q * 26 + 26);
      len[clone] = len[p] + 1;
      link[clone] = link[q];
      first[clone] = first[q];
      while (p !== -1 && next[p * 26 + c] === q) {
        next[p * 26 + c] = clone;
        p = link[p];
      }
      link[q] = clone;
      link[cur] = clone;
    }
  }
  last = cur;
}
// Counting sort of the states by length, then counts pushed up the suffix links.
const bucket = new Int32Array(n + 2);
for (let v = 0; v < states; v++) bucket[len[v] + 1]++;
for (let l = 1; l <= n + 1; l++) bucket[l] += bucket[l - 1];
const order = new Int32Array(states);
for (let v = 0; v < states; v++) order[bucket[len[v]]++] = v;
let best = 0;
let smallest = '';
for (let k = states - 1; k > 0; k--) {
  const v = order[k];
  if (cnt[v] >= 2 && len[v] >= best) {
    const w = s.slice(first[v] - len[v] + 1, first[v] + 1);
    if (len[v] > best || w < smallest) smallest = w;
    best = len[v];
  }
  cnt[link[v]] += cnt[v];
}
process.stdout.write(best + '\n' + smallest + '\n');
