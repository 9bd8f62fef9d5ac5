function groupAnagrams(words) {
  // Work once per distinct word: count duplicates with a Map, sort the distinct words once
  // (V8's builtin string sort), then walk them in order with the sorted letters as the key.
  // Each group is thereby built already sorted, and groups are created in order of their
  // smallest word, so nothing is sorted afterwards.
  const counts = new Map();
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const c = counts.get(w);
    counts.set(w, c === undefined ? 1 : c + 1);
  }
  const distinct = Array.from(counts.keys()).sort();
  const groups = new Map();
  const result = [];
  const m = distinct.length;
  for (let i = 0; i < m; i++) {
    const w = distinct[i];
    const key = w.split('').sort().join('');
    let group = groups.get(key);
    if (group === undefined) {
      group = [];
      groups.set(key, group);
      result.push(group);
    }
    for (let c = counts.get(w); c > 0; c--) group.push(w);
  }
  return result;
}
