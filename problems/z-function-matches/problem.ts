import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'z-function-matches',
  title: 'Longest pattern prefix at every text position',
  category: 'algorithm',
  tags: ['strings', 'z-function'],
  kind: 'function',
  statement: `
Given strings \`text\` and \`pattern\`, return a list \`a\` of length \`len(text)\` where \`a[i]\` is
the length of the longest common prefix of \`text[i:]\` and \`pattern\`: the largest \`k\` with
\`text[i:i + k] == pattern[:k]\`. In particular \`a[i] == len(pattern)\` exactly where the
pattern occurs at \`i\`.

- \`0 <= len(text) <= 10^5\`; \`0 <= len(pattern) <= 10^4\`; both consist of lowercase ASCII
  letters.
- An empty text gives an empty list; an empty pattern gives all zeros.
`,
  signature: { params: [{ name: 'text', type: 'str' }, { name: 'pattern', type: 'str' }], returns: 'list[int]' },
  entry: { python: 'prefix_matches', javascript: 'prefixMatches' },
  cases: [
    { args: ['', 'abc'], expected: [], note: 'empty text' },
    { args: ['abc', ''], expected: [0, 0, 0], note: 'empty pattern' },
    { args: ['abc', 'abc'], expected: [3, 0, 0], note: 'text equals pattern' },
    { args: ['aaaa', 'aa'], expected: [2, 2, 2, 1], note: 'overlapping; the last match runs off the text' },
    { args: ['xyz', 'abc'], expected: [0, 0, 0], note: 'no common letter' },
    { args: ['abababab', 'abac'], expected: [3, 0, 3, 0, 3, 0, 2, 0], note: 'partial matches of a periodic text' },
    { args: ['ab', 'abcdef'], expected: [2, 0], note: 'pattern longer than the text' },
    { args: ['aabaaab', 'aab'], expected: [3, 1, 0, 2, 3, 1, 0], note: 'full and partial matches' },
  ],
  levels: enamelLevels([12, 1500, 3000, 5000]),
  generate(rng, size, level) {
    // A pattern with a short period broken by a few letters, and a text made of prefixes of
    // the pattern (some with one letter changed), so that long partial matches are everywhere.
    const alphabet = level.caseIndex % 2 === 0 ? 'ab' : 'abc';
    const m = Math.max(1, Math.floor(size / rng.int(8, 20)));
    const period = rng.string(rng.int(1, 4), alphabet);
    const chars = period.repeat(Math.ceil(m / period.length)).slice(0, m).split('');
    for (let k = 0; k < 3; k++) chars[rng.int(0, m - 1)] = rng.pick([...alphabet]);
    const pattern = chars.join('');
    let text = '';
    while (text.length < size) {
      const r = rng.float();
      if (r < 0.15) text += rng.string(rng.int(1, 5), alphabet);
      else {
        const piece = pattern.slice(0, rng.int(1, m)).split('');
        if (r < 0.5) piece[rng.int(0, piece.length - 1)] = rng.pick([...alphabet]);
        text += piece.join('');
      }
    }
    return [text.slice(0, size), pattern];
  },
});
