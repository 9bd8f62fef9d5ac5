import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'longest-unique-substring',
  title: 'Longest substring without repeated characters',
  category: 'algorithm',
  tags: ['strings', 'sliding-window', 'hashing'],
  kind: 'function',
  statement: `
Given a string \`s\`, return the length of the longest contiguous substring of \`s\` in which
no character occurs more than once.

- \`0 <= len(s) <= 10^5\`.
- \`s\` may contain any Unicode characters (letters, digits, punctuation, spaces, CJK, ...);
  a character is one code point, i.e. one element of the Python string. Comparison is exact
  (\`'a'\` and \`'A'\` are different characters).
- The empty string has answer \`0\`.
- Do not modify \`s\` (Python strings are immutable anyway).
`,
  signature: { params: [{ name: 's', type: 'str' }], returns: 'int' },
  entry: { python: 'longest_unique_substring', javascript: 'longestUniqueSubstring' },
  cases: [
    { args: [''], expected: 0, note: 'empty string' },
    { args: ['x'], expected: 1, note: 'one character' },
    { args: ['aaaa'], expected: 1, note: 'all the same character' },
    { args: ['abcabcbb'], expected: 3, note: 'classic: "abc"' },
    { args: ['pwwkew'], expected: 3, note: 'answer in the middle: "wke"' },
    { args: ['abcdef'], expected: 6, note: 'whole string is unique' },
    { args: ['abba'], expected: 2, note: 'the window start must never move backwards' },
    { args: ['aA bB a'], expected: 5, note: "case-sensitive, spaces count: \"aA bB\"" },
    { args: ['日本日本語'], expected: 3, note: 'non-ASCII characters: "日本語"' },
    { args: ['dvdf'], expected: 3, note: 'restart just after the repeated character: "vdf"' },
  ],
  levels: enamelLevels([30, 1000, 3000, 8000]),
  generate(rng, size, level) {
    // Windows of distinct characters must be long, otherwise restarting at every position
    // costs little. Build the string from shuffled runs of a large alphabet (CJK code points
    // plus ASCII), with a few stray repeats sprinkled in.
    const small = level.index === 0;
    const alphabetSize = small ? rng.int(1, 40) : rng.int(Math.floor(Math.sqrt(size) * 3), Math.floor(Math.sqrt(size) * 5));
    const alphabet: string[] = [];
    for (let k = 0; k < alphabetSize; k++) {
      alphabet.push(k < 94 ? String.fromCharCode(33 + k) : String.fromCodePoint(0x4e00 + k));
    }
    const out: string[] = [];
    while (out.length < size) {
      const run = rng.shuffle(alphabet.slice()).slice(0, rng.int(Math.max(1, Math.floor(alphabetSize / 2)), alphabetSize));
      for (const c of run) {
        out.push(rng.bool(0.002) ? rng.pick(alphabet) : c);
        if (out.length >= size) break;
      }
    }
    return [out.join('')];
  },
});
