import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'longest-common-subsequence',
  title: 'Longest common subsequence',
  category: 'implementation',
  tags: ['dynamic-programming', 'strings'],
  kind: 'function',
  statement: `
Return the length of the longest common subsequence of the strings \`a\` and \`b\`: the longest
string that can be obtained from both \`a\` and \`b\` by deleting zero or more characters without
reordering the rest.

- \`0 <= len(a), len(b) <= 1000\`; both strings consist of ASCII letters (case-sensitive:
  \`'a'\` and \`'A'\` differ).
- If either string is empty the answer is 0.
- Only the length is returned.
`,
  signature: { params: [{ name: 'a', type: 'str' }, { name: 'b', type: 'str' }], returns: 'int' },
  entry: { python: 'lcs_length', javascript: 'lcsLength' },
  cases: [
    { args: ['', ''], expected: 0, note: 'both empty' },
    { args: ['', 'abc'], expected: 0, note: 'one empty' },
    { args: ['abc', ''], expected: 0, note: 'other empty' },
    { args: ['abcde', 'ace'], expected: 3, note: 'classic example' },
    { args: ['AGGTAB', 'GXTXAYB'], expected: 4, note: 'classic example, upper case' },
    { args: ['abc', 'abc'], expected: 3, note: 'equal strings' },
    { args: ['abc', 'def'], expected: 0, note: 'no common letter' },
    { args: ['aaaa', 'aa'], expected: 2, note: 'repeated letters' },
    { args: ['abcdef', 'fedcba'], expected: 1, note: 'reversed' },
    { args: ['aBc', 'abC'], expected: 1, note: 'case-sensitive' },
    { args: ['abababababababababab', 'babababababababababa'], expected: 19, note: 'shifted by one' },
  ],
  levels: enamelLevels([12, 40, 80, 130]),
  generate(rng, size, level) {
    const alphabet = 'ab';
    const a = rng.string(size, alphabet);
    if (level.caseIndex % 2 === 0) {
      // Unrelated strings of slightly different lengths.
      return [a, rng.string(Math.max(0, size + rng.int(-Math.floor(size / 8), Math.floor(size / 8))), alphabet)];
    }
    // A noisy copy: about a third of the positions are edited, spread over the whole string.
    const out: string[] = [];
    for (const ch of a) {
      const r = rng.float();
      if (r < 0.1) continue; // delete
      if (r < 0.2) out.push(rng.pick([...alphabet]), ch); // insert before
      else if (r < 0.33) out.push(rng.pick([...alphabet])); // replace (maybe by the same letter)
      else out.push(ch);
    }
    return [out.join(''), a];
  },
});
