import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'prefix-function-borders',
  title: 'Prefix function and borders',
  category: 'algorithm',
  tags: ['strings', 'kmp', 'prefix-function'],
  kind: 'stdio',
  statement: `
A *border* of a string is a proper prefix of it (shorter than the whole string) that is also
its suffix; the empty string is a border of every non-empty string.

**Input.** One line holding a string \`s\` of lowercase ASCII letters, \`1 <= len(s) <= 10^5\`.

**Output.** Two lines. The first holds \`len(s)\` integers separated by single spaces: for each
\`i\` from 1 to \`len(s)\`, the length of the longest border of the prefix \`s[:i]\` (so the first
value is always 0). The second holds the lengths of all non-empty borders of the whole \`s\` in
increasing order, separated by single spaces; it is empty when \`s\` has none.
`,
  cases: [
    { stdin: 'a\n', expected: '0\n\n', note: 'one letter: no non-empty border' },
    { stdin: 'aaaa\n', expected: '0 1 2 3\n1 2 3\n', note: 'every shorter prefix is a border' },
    { stdin: 'abcd\n', expected: '0 0 0 0\n\n', note: 'no border at all' },
    { stdin: 'abab\n', expected: '0 0 1 2\n2\n', note: 'period two' },
    { stdin: 'abacaba\n', expected: '0 0 1 0 1 2 3\n1 3\n', note: 'nested borders' },
    { stdin: 'aabaaab\n', expected: '0 1 0 1 2 2 3\n3\n', note: 'the fallback chain is taken' },
    { stdin: 'abcabcabc\n', expected: '0 0 0 1 2 3 4 5 6\n3 6\n', note: 'overlapping borders' },
    { stdin: 'ab\n', expected: '0 0\n\n', note: 'two letters' },
  ],
  levels: enamelLevels([12, 1000, 1500, 2000]),
  generate(rng, size, level) {
    // w, then w + (a few letters) + w, repeatedly: many nested borders, while most positions
    // have short ones. Every other case ends with a stretch of a short periodic word.
    const alphabet = level.caseIndex % 2 === 0 ? 'ab' : 'abc';
    let w = rng.string(rng.int(1, 6), alphabet);
    while (2 * w.length + 4 <= size) w = w + rng.string(rng.int(0, 3), alphabet) + w;
    if (level.caseIndex % 2 === 1) {
      const u = rng.string(rng.int(1, 4), alphabet);
      w += u.repeat(Math.ceil((size - w.length) / u.length));
    }
    w += rng.string(Math.max(0, size - w.length), alphabet);
    return `${w.slice(0, size)}\n`;
  },
});
