function minPalindromeCuts(s) {
  // pieces[i] = fewest palindromes that s[:i] splits into. Every palindrome s[l..r] is found by
  // expanding around its centre and offers pieces[r + 1] = pieces[l] + 1; centres go left to
  // right, so pieces[l] is final when read. The letters sit in a typed array between two
  // sentinels that match nothing, so the loops test one pair of codes and no bounds.
  const n = s.length;
  if (n < 2) return 0;
  const t = new Int32Array(n + 2); // t[i] = code of s[i - 1]
  t[0] = -1;
  t[n + 1] = -2;
  for (let i = 0; i < n; i++) t[i + 1] = s.charCodeAt(i);
  const pieces = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) pieces[i] = i;
  for (let c = 1; c <= n; c++) {
    let v = pieces[c - 1] + 1;
    if (v < pieces[c]) pieces[c] = v;
    // Odd palindromes t[l .. r] = s[l - 1 .. r - 1] offer pieces[r] <- pieces[l - 1] + 1.
    let l = c - 1;
    let r = c + 1;
    while (t[l] === t[r]) {
      v = pieces[l - 1] + 1;
      if (v < pieces[r]) pieces[r] = v;
      l--;
      r++;
    }
    // Even palindromes t[c - k .. c + 1 + k].
    l = c;
    r = c + 1;
    while (t[l] === t[r]) {
      v = pieces[l - 1] + 1;
      if (v < pieces[r]) pieces[r] = v;
      l--;
      r++;
    }
  }
  return pieces[n] - 1;
}
