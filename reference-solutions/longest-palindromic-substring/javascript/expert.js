function longestPalindrome(s) {
  // Scan end positions i: a palindrome of length L ending at i contains one of length L - 2
  // ending at i - 1, so the best length grows by at most 2 per step and only the candidates
  // of length best + 2 (start a) and best + 1 (start a + 1) ending at i need checking. Each is
  // filtered by its two outer character pairs (prev = s[i - 1] is carried over, so a step
  // costs about three element loads); the few survivors compare their inner part with the
  // matching slice of the reversed string natively. The first end reaching a length gives the
  // leftmost start of that length.
  const n = s.length;
  if (n === 0) return [0, 0];
  const r = s.split('').reverse().join('');
  let best = 1;
  let start = 0;
  let prev = s[0];
  for (let i = 1; i < n; i++) {
    const ch = s[i];
    const a = i - best - 1;
    const y = s[a + 1];
    if (a >= 0 && y === prev && s[a] === ch && (best < 4 || s.slice(a + 2, i - 1) === r.slice(n + 1 - i, n - a - 2))) {
      start = a;
      best += 2;
    } else if (y === ch && s[a + 2] === prev && (best < 4 || s.slice(a + 3, i - 1) === r.slice(n + 1 - i, n - a - 3))) {
      start = a + 1;
      best += 1;
    }
    prev = ch;
  }
  return [best, start];
}
