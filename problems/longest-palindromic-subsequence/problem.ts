import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'longest-palindromic-subsequence',
  title: 'Longest palindromic subsequence',
  category: 'implementation',
  tags: ['dynamic-programming', 'interval-dp', 'strings', 'memory'],
  kind: 'function',
  statement: `
Return the length of the longest palindromic subsequence of \`s\`: the longest string that
reads the same forwards and backwards and can be obtained from \`s\` by deleting zero or more
characters without reordering the rest.

- \`0 <= len(s) <= 1000\`; \`s\` consists of lowercase ASCII letters.
- The empty string gives 0; any single letter is a palindrome of length 1.
`,
  signature: { params: [{ name: 's', type: 'str' }], returns: 'int' },
  entry: { python: 'longest_palindromic_subsequence', javascript: 'longestPalindromicSubsequence' },
  cases: [
    { args: [''], expected: 0, note: 'empty string' },
    { args: ['a'], expected: 1, note: 'one letter' },
    { args: ['ab'], expected: 1, note: 'two different letters' },
    { args: ['aa'], expected: 2, note: 'two equal letters' },
    { args: ['bbbab'], expected: 4, note: 'bbbb' },
    { args: ['cbbd'], expected: 2, note: 'bb' },
    { args: ['racecar'], expected: 7, note: 'already a palindrome' },
    { args: ['abcde'], expected: 1, note: 'all letters distinct' },
    { args: ['agbdba'], expected: 5, note: 'abdba, not contiguous' },
    { args: ['character'], expected: 5, note: 'carac' },
  ],
  levels: enamelLevels([12, 90, 140, 190]),
  generate(rng, size, level) {
    // Half the cases hide a long palindrome (a random word, its mirror, noise in between and
    // around); the others are random over a small alphabet.
    const alphabet = level.caseIndex % 2 === 0 ? 'abc' : 'abcdefgh';
    if (level.caseIndex % 2 === 0) return [rng.string(size, alphabet)];
    const half = rng.string(Math.floor(size / 3), alphabet);
    const mirror = [...half].reverse().join('');
    const noisy = (w: string) => [...w].map((ch) => (rng.bool(0.2) ? rng.string(1, alphabet) : ch)).join('');
    const s = noisy(half) + rng.string(size - 2 * half.length, alphabet) + noisy(mirror);
    return [s.slice(0, size)];
  },
});
