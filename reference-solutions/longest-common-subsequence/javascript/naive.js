function lcsLength(a, b) {
  // Recursion over suffixes, memoised in an object keyed by "i,j" strings.
  const memo = {};
  function solve(i, j) {
    if (i === a.length || j === b.length) return 0;
    const key = i + ',' + j;
    if (key in memo) return memo[key];
    let result;
    if (a[i] === b[j]) result = 1 + solve(i + 1, j + 1);
    else result = Math.max(solve(i + 1, j), solve(i, j + 1));
    memo[key] = result;
    return result;
  }
  return solve(0, 0);
}
