function longestPalindromicSubsequence(s) {
  // Two rows: prev[j] = answer for s[i + 1 .. j], cur[j] = answer for s[i .. j].
  const n = s.length;
  if (n === 0) return 0;
  let prev = new Array(n).fill(0);
  let cur = new Array(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    cur[i] = 1;
    for (let j = i + 1; j < n; j++) {
      if (s[i] === s[j]) cur[j] = prev[j - 1] + 2;
      else if (prev[j] > cur[j - 1]) cur[j] = prev[j];
      else cur[j] = cur[j - 1];
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n - 1];
}
