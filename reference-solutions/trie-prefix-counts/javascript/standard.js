function prefixCounts(words, queries) {
  // In sorted order the words starting with p form one block: from the first word >= p to the
  // first word >= p + "{" ("{" sorts right after "z").
  const sorted = [...words].sort();
  const lowerBound = (key) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return queries.map((p) => lowerBound(p + '{') - lowerBound(p));
}
