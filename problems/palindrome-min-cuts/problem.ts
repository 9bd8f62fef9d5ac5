import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'palindrome-min-cuts',
  title: 'Fewest cuts into palindromes',
  category: 'algorithm',
  tags: ['dynamic-programming', 'strings', 'palindromes'],
  kind: 'function',
  statement: `
Cut the string \`s\` into consecutive non-empty pieces so that every piece is a palindrome (reads
the same forwards and backwards). Return the smallest number of cuts needed; a string that is
already a palindrome needs 0 cuts.

- \`0 <= len(s) <= 5000\`; \`s\` consists of lowercase ASCII letters.
- The empty string and every one-letter string need 0 cuts.
- Single letters are palindromes, so \`len(s) - 1\` cuts always suffice.
`,
  signature: { params: [{ name: 's', type: 'str' }], returns: 'int' },
  entry: { python: 'min_palindrome_cuts', javascript: 'minPalindromeCuts' },
  cases: [
    { args: [''], expected: 0, note: 'empty string' },
    { args: ['a'], expected: 0, note: 'one letter' },
    { args: ['ab'], expected: 1, note: 'two different letters' },
    { args: ['aab'], expected: 1, note: '"aa" | "b"' },
    { args: ['racecar'], expected: 0, note: 'already a palindrome' },
    { args: ['abcde'], expected: 4, note: 'no palindrome longer than one letter' },
    { args: ['abaaba'], expected: 0, note: 'even-length palindrome' },
    { args: ['banana'], expected: 1, note: '"b" | "anana"' },
    { args: ['abacdcaba' + 'x'], expected: 1, note: 'long palindrome then one letter' },
    { args: ['aaabaaacaaa'], expected: 2, note: '"aaabaaa" | "c" | "aaa"; no two palindromes cover it' },
  ],
  levels: enamelLevels([10, 250, 500, 800]),
  generate(rng, size, level) {
    // Pieces of three kinds, so that long palindromes and many overlapping ones occur: random
    // letters, short periodic runs ("abab...", "aaaa..."), and a random block followed by its mirror.
    const alphabet = level.caseIndex % 2 === 0 ? 'ab' : 'abc';
    let s = '';
    while (s.length < size) {
      const len = rng.int(1, Math.max(2, Math.floor(size / 6)));
      const kind = rng.int(0, 2);
      if (kind === 0) s += rng.string(len, alphabet);
      else if (kind === 1) s += rng.string(rng.int(1, 3), alphabet).repeat(len).slice(0, len);
      else {
        const half = rng.string(Math.ceil(len / 2), alphabet);
        s += half + (rng.bool() ? rng.string(1, alphabet) : '') + [...half].reverse().join('');
      }
    }
    return [s.slice(0, size)];
  },
});
