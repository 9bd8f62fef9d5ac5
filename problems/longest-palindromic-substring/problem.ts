import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'longest-palindromic-substring',
  title: 'Longest palindromic substring',
  category: 'algorithm',
  tags: ['strings', 'palindromes'],
  version: 2,
  kind: 'function',
  statement: `
Given a string \`s\`, find its longest palindromic substring (a contiguous run of characters
that reads the same forwards and backwards). Return a pair \`(length, start)\`: the length of
that substring and the index in \`s\` where it begins.

- \`0 <= len(s) <= 2000\`; \`s\` consists of lowercase letters \`a\`-\`z\` only.
- If several palindromic substrings share the maximum length, report the one with the
  smallest start index.
- Every single character is a palindrome, so a non-empty \`s\` gives a length of at least 1.
- For the empty string return \`(0, 0)\`.
`,
  signature: { params: [{ name: 's', type: 'str' }], returns: 'tuple[int, int]' },
  entry: { python: 'longest_palindrome', javascript: 'longestPalindrome' },
  cases: [
    { args: [''], expected: [0, 0], note: 'empty string' },
    { args: ['z'], expected: [1, 0], note: 'one character' },
    { args: ['ab'], expected: [1, 0], note: 'no longer palindrome: leftmost single character' },
    { args: ['babad'], expected: [3, 0], note: 'tie between "bab" and "aba": leftmost wins' },
    { args: ['cbbd'], expected: [2, 1], note: 'even-length palindrome' },
    { args: ['aaaa'], expected: [4, 0], note: 'whole string, all equal characters' },
    { args: ['forgeeksskeegfor'], expected: [10, 3], note: 'long even palindrome in the middle' },
    { args: ['abcdefgfedcbaxyzzyx'], expected: [13, 0], note: 'longer odd palindrome beats a later even one' },
    { args: ['xyzabacabaq'], expected: [7, 3], note: 'palindrome ending near the end' },
  ],
  levels: enamelLevels([12, 300, 800, 1400]),
  generate(rng, size) {
    // A two- or three-letter alphabet gives many short palindromes everywhere; a planted
    // long palindrome (a random half mirrored) makes the answer non-trivial.
    const alphabet = rng.pick(['ab', 'ab', 'abc']);
    const chars = rng.string(size, alphabet).split('');
    const plant = Math.floor(rng.int(0, Math.floor(size / 2)) / 2);
    if (plant > 0) {
      const half = rng.string(plant, alphabet);
      const pal = half + (rng.bool() ? rng.string(1, alphabet) : '') + half.split('').reverse().join('');
      const at = rng.int(0, size - pal.length);
      for (let k = 0; k < pal.length; k++) chars[at + k] = pal[k]!;
    }
    return [chars.join('')];
  },
});
