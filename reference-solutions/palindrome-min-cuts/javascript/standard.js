function minPalindromeCuts(s) {
  // pieces[i] = fewest palindromes that s[:i] splits into. Every palindrome s[l..r] is found by
  // expanding around its centre; it offers pieces[r + 1] = pieces[l] + 1. Centres are taken
  // left to right, so pieces[l] is final when it is read.
  const n = s.length;
  const pieces = [];
  for (let i = 0; i <= n; i++) pieces.push(i);
  for (let c = 0; c < n; c++) {
    for (let odd = 0; odd < 2; odd++) {
      let l = c;
      let r = c + odd;
      while (l >= 0 && r < n && s[l] === s[r]) {
        pieces[r + 1] = Math.min(pieces[r + 1], pieces[l] + 1);
        l--;
        r++;
      }
    }
  }
  return Math.max(0, pieces[n] - 1);
}
