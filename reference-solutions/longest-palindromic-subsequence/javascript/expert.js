function longestPalindromicSubsequence(s) {
  // One typed row updated in place: while start i is processed, row[j] still holds the
  // answer for s[i + 1 .. j] until it is overwritten; the diagonal (s[i + 1 .. j - 1]) and the
  // left neighbour (s[i .. j - 1]) ride in locals. Letters are compared as char codes read
  // once into a typed array.
  const n = s.length;
  if (n === 0) return 0;
  const code = new Uint8Array(n);
  for (let k = 0; k < n; k++) code[k] = s.charCodeAt(k);
  const row = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const c = code[i];
    let diag = 0;
    let left = 1;
    row[i] = 1;
    for (let j = i + 1; j < n; j++) {
      const up = row[j];
      if (code[j] === c) left = diag + 2;
      else if (up > left) left = up;
      row[j] = left;
      diag = up;
    }
  }
  return row[n - 1];
}
