const text = require('fs').readFileSync(0, 'utf8');
// One regex match cuts out every word (no empty pieces); each word is hashed once to an id,
// counts live in a typed array; only the words whose count reaches the 10th largest count are
// sorted.
const words = text.match(/[a-z]+/g);
if (words !== null) {
  const nw = words.length;
  const ids = new Map();
  const names = [];
  const cnt = new Int32Array(nw);
  for (let k = 0; k < nw; k++) {
    const w = words[k];
    let id = ids.get(w);
    if (id === undefined) {
      id = names.length;
      ids.set(w, id);
      names.push(w);
    }
    cnt[id]++;
  }
  const nd = names.length;
  // top[0..9]: the ten largest counts seen so far, descending (0 = empty slot).
  const top = new Int32Array(10);
  for (let id = 0; id < nd; id++) {
    const c = cnt[id];
    if (c > top[9]) {
      let p = 9;
      while (p > 0 && top[p - 1] < c) {
        top[p] = top[p - 1];
        p--;
      }
      top[p] = c;
    }
  }
  const tenth = top[9] > 0 ? top[9] : 1;
  const pick = [];
  for (let id = 0; id < nd; id++) if (cnt[id] >= tenth) pick.push(id);
  pick.sort((x, y) => {
    const d = cnt[y] - cnt[x];
    if (d !== 0) return d;
    return names[x] < names[y] ? -1 : 1;
  });
  const m = pick.length < 10 ? pick.length : 10;
  let out = '';
  for (let k = 0; k < m; k++) out += names[pick[k]] + ' ' + cnt[pick[k]] + '\n';
  process.stdout.write(out);
}
