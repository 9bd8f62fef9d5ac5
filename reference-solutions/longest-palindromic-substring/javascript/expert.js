function longestPalindrome(s) {
  // Scan end positions i: a palindrome of length L ending at i contains one of length L - 2
  // ending at i - 1, so the best length grows by at most 2 per step, and only two candidates
  // ending at i need checking: [a, i] of length best + 2 and [a + 1, i] of length best + 1,
  // with a = i - best - 1. The first end reaching a length gives the leftmost start of that
  // length. Checks run from the outside in, so on most steps one character comparison
  // rejects the candidate. When the best palindrome ends at i - 1, [a, i] is that palindrome
  // plus one outer pair, so a long palindrome grows in O(1) per step. A check that gets past
  // 24 pairs finishes with one native comparison against the reversed string, built on
  // first use. Nothing is allocated on the usual path.
  const n = s.length;
  if (n === 0) return [0, 0];
  let r = null;
  let best = 1;
  let start = 0;
  for (let i = 1; i < n; i++) {
    const ch = s[i];
    const a = i - best - 1;
    if (a >= 0 && s[a] === ch) {
      let ok = start + best === i;
      if (!ok) {
        let lo = a + 1;
        let hi = i - 1;
        const stop = lo + 24;
        while (lo < hi && s[lo] === s[hi]) {
          lo++;
          hi--;
          if (lo === stop) {
            if (r === null) r = s.split('').reverse().join('');
            if (s.slice(lo, hi + 1) === r.slice(n - 1 - hi, n - lo)) lo = hi;
            else hi = lo + 1;
            break;
          }
        }
        ok = lo >= hi;
      }
      if (ok) {
        start = a;
        best += 2;
        continue;
      }
    }
    if (s[a + 1] === ch) {
      let lo = a + 2;
      let hi = i - 1;
      const stop = lo + 24;
      while (lo < hi && s[lo] === s[hi]) {
        lo++;
        hi--;
        if (lo === stop) {
          if (r === null) r = s.split('').reverse().join('');
          if (s.slice(lo, hi + 1) === r.slice(n - 1 - hi, n - lo)) lo = hi;
          else hi = lo + 1;
          break;
        }
      }
      if (lo >= hi) {
        start = a + 1;
        best += 1;
      }
    }
  }
  return [best, start];
}
