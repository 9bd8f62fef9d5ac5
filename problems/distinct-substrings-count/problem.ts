import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'distinct-substrings-count',
  title: 'Count distinct substrings',
  category: 'algorithm',
  tags: ['strings', 'suffix-automaton', 'suffix-array'],
  kind: 'function',
  statement: `
Return the number of distinct non-empty substrings of \`s\`: the size of the set
\`{s[i:j] for 0 <= i < j <= len(s)}\`.

- \`0 <= len(s) <= 10^4\`; \`s\` consists of lowercase ASCII letters.
- The empty string has no non-empty substring, so its answer is 0.
`,
  signature: { params: [{ name: 's', type: 'str' }], returns: 'int' },
  entry: { python: 'count_distinct_substrings', javascript: 'countDistinctSubstrings' },
  cases: [
    { args: [''], expected: 0, note: 'empty string' },
    { args: ['a'], expected: 1, note: 'one letter' },
    { args: ['aaaa'], expected: 4, note: 'one letter repeated: a, aa, aaa, aaaa' },
    { args: ['ab'], expected: 3, note: 'a, b, ab' },
    { args: ['abc'], expected: 6, note: 'all different: n(n+1)/2' },
    { args: ['abab'], expected: 7, note: 'a, b, ab, ba, aba, bab, abab' },
    { args: ['abcabc'], expected: 15, note: 'repeated half' },
    { args: ['banana'], expected: 15, note: 'classic example' },
    { args: ['aabaab'], expected: 14, note: 'period three' },
  ],
  levels: enamelLevels([10, 600, 1100, 1600]),
  generate(rng, size, level) {
    // Random letters and copies of earlier stretches (some with one letter changed), so that
    // long repeats exist and many substrings occur more than once.
    const alphabet = level.caseIndex % 2 === 0 ? 'ab' : 'abcd';
    let s = rng.string(Math.min(size, 8), alphabet);
    while (s.length < size) {
      if (rng.bool(0.3)) s += rng.string(rng.int(1, 20), alphabet);
      else {
        const from = rng.int(0, s.length - 1);
        const piece = s.slice(from, from + rng.int(5, Math.max(6, Math.floor(size / 6)))).split('');
        if (rng.bool(0.5)) piece[rng.int(0, piece.length - 1)] = rng.pick([...alphabet]);
        s += piece.join('');
      }
    }
    return [s.slice(0, size)];
  },
});
