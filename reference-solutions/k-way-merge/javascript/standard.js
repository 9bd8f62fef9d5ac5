function mergeProgressions(progressions, m) {
  // A binary min-heap of [next value, progression index] pairs, one per progression: the
  // smallest value is output, and its pair is replaced by the progression's next term and
  // sifted down.
  const heap = [];
  for (let i = 0; i < progressions.length; i++) {
    heap.push([progressions[i][0], i]);
    let c = i;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (heap[p][0] <= heap[c][0]) break;
      [heap[p], heap[c]] = [heap[c], heap[p]];
      c = p;
    }
  }
  const n = heap.length;
  const out = [];
  while (n > 0 && out.length < m) {
    const [value, i] = heap[0];
    out.push(value);
    heap[0] = [value + progressions[i][1], i];
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      const r = l + 1;
      let smallest = c;
      if (l < n && heap[l][0] < heap[smallest][0]) smallest = l;
      if (r < n && heap[r][0] < heap[smallest][0]) smallest = r;
      if (smallest === c) break;
      const tmp = heap[c];
      heap[c] = heap[smallest];
      heap[smallest] = tmp;
      c = smallest;
    }
  }
  return out;
}
