function lfuCache(capacity, ops) {
  // key -> {value, count, last use}; eviction scans every entry.
  const entries = new Map();
  const results = [];
  let time = 0;
  for (const [kind, key, value] of ops) {
    time++;
    const entry = entries.get(key);
    if (kind === 0) {
      if (entry) {
        entry.count++;
        entry.last = time;
        results.push(entry.value);
      } else {
        results.push(-1);
      }
    } else if (entry) {
      entry.value = value;
      entry.count++;
      entry.last = time;
    } else {
      if (entries.size === capacity) {
        let victim = null;
        for (const [k, e] of entries) {
          if (victim === null || e.count < victim.e.count || (e.count === victim.e.count && e.last < victim.e.last)) victim = { k, e };
        }
        entries.delete(victim.k);
      }
      entries.set(key, { value, count: 1, last: time });
    }
  }
  return results;
}
