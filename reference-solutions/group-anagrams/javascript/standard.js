function groupAnagrams(words) {
  // Anagrams share the same sorted letters: use that as a Map key.
  const groups = new Map();
  for (const word of words) {
    const key = word.split('').sort().join('');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [word]);
    else group.push(word);
  }
  const result = [];
  for (const group of groups.values()) result.push(group.sort());
  // Groups have distinct smallest words, so ordering by the first word orders the lists.
  result.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return result;
}
