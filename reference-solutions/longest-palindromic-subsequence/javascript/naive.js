function longestPalindromicSubsequence(s) {
  // The whole table: best[i][j] = longest palindromic subsequence of s[i..j], filled for
  // shorter intervals first (i from the right).
  const n = s.length;
  if (n === 0) return 0;
  const best = [];
  for (let i = 0; i < n; i++) best.push(new Array(n).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    best[i][i] = 1;
    for (let j = i + 1; j < n; j++) {
      if (s[i] === s[j]) best[i][j] = best[i + 1][j - 1] + 2;
      else best[i][j] = Math.max(best[i + 1][j], best[i][j - 1]);
    }
  }
  return best[0][n - 1];
}
