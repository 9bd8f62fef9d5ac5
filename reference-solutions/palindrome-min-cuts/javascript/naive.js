function minPalindromeCuts(s) {
  // pieces[i] = fewest palindromes that s[:i] splits into; the last piece s[j:i] is tested for
  // every start j by comparing it with its reverse.
  const n = s.length;
  const pieces = [0];
  for (let i = 1; i <= n; i++) {
    let best = i;
    for (let j = 0; j < i; j++) {
      const piece = s.slice(j, i);
      if (piece === piece.split('').reverse().join('') && pieces[j] + 1 < best) best = pieces[j] + 1;
    }
    pieces.push(best);
  }
  return Math.max(0, pieces[n] - 1);
}
