function isPalindrome(str) {
  for (let i = 0, j = str.length - 1; i < j; i++, j--) {
    if (str[i] !== str[j]) return false;
  }
  return true;
}

function longestPalindrome(s) {
  // Check every substring; keep the first longest one.
  let bestLen = 0;
  let bestStart = 0;
  for (let i = 0; i < s.length; i++) {
    for (let j = i; j < s.length; j++) {
      const sub = s.slice(i, j + 1);
      if (isPalindrome(sub) && sub.length > bestLen) {
        bestLen = sub.length;
        bestStart = i;
      }
    }
  }
  return [bestLen, bestStart];
}
