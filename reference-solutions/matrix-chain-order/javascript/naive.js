function matrixChainCost(dims) {
  // Top-down recursion over sub-chains; each answer is remembered in a Map keyed by
  // "first,last" and looked up on every visit.
  const n = dims.length - 1;
  if (n < 2) return 0;
  const memo = new Map();
  function cost(i, j) {
    if (i === j) return 0;
    const key = i + ',' + j;
    if (memo.has(key)) return memo.get(key);
    let best = Infinity;
    for (let k = i; k < j; k++) {
      const c = cost(i, k) + cost(k + 1, j) + dims[i] * dims[k + 1] * dims[j + 1];
      if (c < best) best = c;
    }
    memo.set(key, best);
    return best;
  }
  return cost(0, n - 1);
}
