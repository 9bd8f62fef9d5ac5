function countDistinctWindows(s, k) {
  // Keep a list of the windows seen so far; each window is looked up in the whole list.
  const seen = [];
  for (let i = 0; i + k <= s.length; i++) {
    const window = s.slice(i, i + k);
    if (!seen.includes(window)) seen.push(window);
  }
  return seen.length;
}
