function findOccurrences(text, pattern) {
  const m = pattern.length;
  const n = text.length;
  let i = text.indexOf(pattern);
  if (i === -1) return [];
  // Smallest period q of the pattern: candidates are where its first few characters recur.
  const k = m > 8 ? 8 : m;
  const head = pattern.slice(0, k);
  let q = pattern.indexOf(head, 1);
  while (q !== -1 && !pattern.startsWith(pattern.slice(q))) q = pattern.indexOf(head, q + 1);
  if (q === -1) {
    q = m;
    for (let d = m > k ? m - k + 1 : 1; d < m; d++) {
      if (pattern.startsWith(pattern.slice(d))) {
        q = d;
        break;
      }
    }
  }
  // Occurrences closer than m apart are a multiple of q apart, and inside a stretch of text
  // with period q they sit exactly every q positions. When two occurrences are q apart, find
  // the end of the stretch by galloping startsWith checks against copies of the pattern's
  // last q characters, and emit the whole run at once.
  const blocks = [pattern.slice(m - q)];
  while (2 * blocks[blocks.length - 1].length <= n) blocks.push(blocks[blocks.length - 1].repeat(2));
  const top = blocks.length;
  const res = [];
  let len = 0;
  let prev = -n - m;
  while (i !== -1) {
    if (i - prev !== q) {
      res[len++] = i;
      prev = i;
      i = text.indexOf(pattern, i + 1);
      continue;
    }
    let pos = i + m;
    let j = 0;
    while (j < top && text.startsWith(blocks[j], pos)) {
      pos += q << j;
      j++;
    }
    while (j > 0) {
      j--;
      if (text.startsWith(blocks[j], pos)) pos += q << j;
    }
    prev = pos - m;
    for (let p = i; p <= prev; p += q) res[len++] = p;
    i = text.indexOf(pattern, prev + q + 1);
  }
  return res;
}
