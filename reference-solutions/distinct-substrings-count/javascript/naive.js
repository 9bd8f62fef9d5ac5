function countDistinctSubstrings(s) {
  // Sort all suffixes; each one adds its length minus the common prefix it shares with the
  // suffix before it, measured letter by letter.
  const n = s.length;
  const suffixes = [];
  for (let i = 0; i < n; i++) suffixes.push(s.slice(i));
  suffixes.sort();
  let total = 0;
  let prev = '';
  for (const suf of suffixes) {
    let common = 0;
    while (common < prev.length && common < suf.length && prev[common] === suf[common]) common++;
    total += suf.length - common;
    prev = suf;
  }
  return total;
}
