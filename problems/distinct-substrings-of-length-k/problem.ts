import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'distinct-substrings-of-length-k',
  title: 'Distinct substrings of one length',
  category: 'algorithm',
  tags: ['strings', 'hashing', 'rolling-hash', 'memory'],
  kind: 'function',
  statement: `
Return the number of distinct strings among the substrings of \`s\` of length exactly \`k\`
(the windows \`s[i:i + k]\` for \`0 <= i <= len(s) - k\`).

- \`0 <= len(s) <= 10^5\`; \`s\` consists of lowercase ASCII letters; \`1 <= k <= 10^5\`.
- If \`k > len(s)\` there is no such substring and the answer is 0.
- Windows may overlap; equal windows at different positions count once.
`,
  signature: { params: [{ name: 's', type: 'str' }, { name: 'k', type: 'int' }], returns: 'int' },
  entry: { python: 'count_distinct_windows', javascript: 'countDistinctWindows' },
  cases: [
    { args: ['', 1], expected: 0, note: 'empty string' },
    { args: ['abc', 4], expected: 0, note: 'k longer than the string' },
    { args: ['abc', 3], expected: 1, note: 'the whole string' },
    { args: ['aaaaa', 2], expected: 1, note: 'all windows equal' },
    { args: ['abcabc', 3], expected: 3, note: 'abc, bca, cab' },
    { args: ['abab', 1], expected: 2, note: 'single letters' },
    { args: ['abcde', 2], expected: 4, note: 'all distinct' },
    { args: ['abababab', 4], expected: 2, note: 'period two' },
    { args: ['aabaabaab', 3], expected: 3, note: 'period three' },
  ],
  levels: enamelLevels([16, 1500, 3000, 5000]),
  generate(rng, size, level) {
    // A short random word repeated with occasional changed letters: long windows repeat at
    // the word's period until a change breaks them, so the count is far from both extremes.
    const alphabet = level.caseIndex % 2 === 0 ? 'ab' : 'abcd';
    const word = rng.string(rng.int(3, 40), alphabet);
    const chars = word.repeat(Math.ceil(size / word.length)).slice(0, size).split('');
    const changes = rng.int(2, 12);
    for (let t = 0; t < changes; t++) chars[rng.int(0, size - 1)] = rng.pick([...alphabet]);
    // Windows of a few hundred letters: long enough that copying each one costs real work.
    const k = Math.max(1, Math.min(Math.floor(size / 2), rng.int(450, 750)));
    return [chars.join(''), k];
  },
});
