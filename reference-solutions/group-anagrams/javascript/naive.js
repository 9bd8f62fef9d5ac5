function groupAnagrams(words) {
  // Letter counts as the key; keys and groups kept in parallel arrays, found by indexOf.
  const keys = [];
  const groups = [];
  for (const word of words) {
    const count = new Array(26).fill(0);
    for (const ch of word) count[ch.charCodeAt(0) - 97]++;
    const key = count.join(',');
    const k = keys.indexOf(key);
    if (k === -1) {
      keys.push(key);
      groups.push([word]);
    } else {
      groups[k].push(word);
    }
  }
  const result = groups.map((g) => [...g].sort());
  result.sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1));
  return result;
}
