function prefixCounts(words, queries) {
  // Test every word against every query.
  return queries.map((p) => words.filter((w) => w.startsWith(p)).length);
}
