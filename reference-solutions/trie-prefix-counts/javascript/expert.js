function prefixCounts(words, queries) {
  // A trie in flat typed arrays, only as deep as the longest query: node v's child for letter
  // x is next[v * 26 + x] (0 = none), and pass[v] counts the words whose path runs through v.
  let depth = 0;
  for (const p of queries) if (p.length > depth) depth = p.length;
  let cap = 1;
  for (const w of words) cap += w.length < depth ? w.length : depth;
  const next = new Int32Array(cap * 26);
  const pass = new Int32Array(cap);
  pass[0] = words.length;
  let nodes = 1;
  for (const w of words) {
    const end = w.length < depth ? w.length : depth;
    let v = 0;
    for (let i = 0; i < end; i++) {
      const slot = v * 26 + w.charCodeAt(i) - 97;
      let child = next[slot];
      if (child === 0) {
        child = nodes++;
        next[slot] = child;
      }
      pass[child]++;
      v = child;
    }
  }
  const q = queries.length;
  const out = new Array(q);
  for (let j = 0; j < q; j++) {
    const p = queries[j];
    let v = 0;
    for (let i = 0; i < p.length && v >= 0; i++) {
      const child = next[v * 26 + p.charCodeAt(i) - 97];
      v = child === 0 ? -1 : child;
    }
    out[j] = v < 0 ? 0 : pass[v];
  }
  return out;
}
