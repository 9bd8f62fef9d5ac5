function editDistance(a, b) {
  // Recursion over suffixes, memoised in an object keyed by "i,j" strings.
  const memo = {};
  function solve(i, j) {
    const key = i + ',' + j;
    if (key in memo) return memo[key];
    let result;
    if (i === a.length) result = b.length - j;
    else if (j === b.length) result = a.length - i;
    else {
      const cost = a[i] === b[j] ? 0 : 1;
      result = Math.min(solve(i + 1, j) + 1, solve(i, j + 1) + 1, solve(i + 1, j + 1) + cost);
    }
    memo[key] = result;
    return result;
  }
  return solve(0, 0);
}
