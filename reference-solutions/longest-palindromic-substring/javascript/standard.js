function longestPalindrome(s) {
  // Expand around each of the 2n-1 centers; strictly longer wins, so ties keep the leftmost.
  const n = s.length;
  if (n === 0) return [0, 0];
  let bestLen = 1;
  let bestStart = 0;
  for (let center = 0; center < 2 * n - 1; center++) {
    let lo = center >> 1;
    let hi = lo + (center & 1);
    while (lo >= 0 && hi < n && s[lo] === s[hi]) {
      lo--;
      hi++;
    }
    const length = hi - lo - 1;
    if (length > bestLen) {
      bestLen = length;
      bestStart = lo + 1;
    }
  }
  return [bestLen, bestStart];
}
