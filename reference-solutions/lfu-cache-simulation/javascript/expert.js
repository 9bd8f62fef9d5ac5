function lfuCache(capacity, ops) {
  // Entries live in parallel typed arrays indexed by a slot number; each use count has a
  // doubly linked list of slots, least recently used at its head. Keys map to slots in one Map.
  // minCount only ever drops back to 1 (on an insert), so it is tracked exactly.
  const slotOf = new Map();
  const value = new Float64Array(capacity);
  const keyOf = new Float64Array(capacity);
  const count = new Int32Array(capacity);
  const prev = new Int32Array(capacity);
  const next = new Int32Array(capacity);
  // Lists by count: head and tail slot, -1 when empty. Counts never exceed ops.length + 1.
  const limit = ops.length + 2;
  const head = new Int32Array(limit).fill(-1);
  const tail = new Int32Array(limit).fill(-1);
  let used = 0;
  let minCount = 0;
  const results = [];
  function unlink(s) {
    const c = count[s];
    const p = prev[s];
    const n = next[s];
    if (p < 0) head[c] = n;
    else next[p] = n;
    if (n < 0) tail[c] = p;
    else prev[n] = p;
  }
  function append(s) {
    const c = count[s];
    const t = tail[c];
    prev[s] = t;
    next[s] = -1;
    if (t < 0) head[c] = s;
    else next[t] = s;
    tail[c] = s;
  }
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    const key = op[1];
    let s = slotOf.get(key);
    if (s === undefined) {
      if (op[0] === 0) {
        results.push(-1);
        continue;
      }
      if (used === capacity) {
        s = head[minCount];
        unlink(s);
        slotOf.delete(keyOf[s]);
      } else {
        s = used++;
      }
      keyOf[s] = key;
      value[s] = op[2];
      count[s] = 1;
      append(s);
      slotOf.set(key, s);
      minCount = 1;
      continue;
    }
    const c = count[s];
    unlink(s);
    if (minCount === c && head[c] < 0) minCount = c + 1;
    count[s] = c + 1;
    append(s);
    if (op[0] === 0) results.push(value[s]);
    else value[s] = op[2];
  }
  return results;
}
