import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'longest-repeated-substring',
  title: 'Longest repeated substring',
  category: 'algorithm',
  tags: ['strings', 'suffix-array', 'binary-search', 'hashing'],
  kind: 'stdio',
  statement: `
Find the longest string that occurs at least twice in \`s\` as a substring (at two different
starting positions; the occurrences may overlap).

**Input.** One line holding \`s\`, \`1 <= len(s) <= 10^5\`, of lowercase ASCII letters.

**Output.** Two lines: the length \`L\` of the longest repeated substring, then the
lexicographically smallest repeated substring of length \`L\`. When no letter occurs twice,
\`L\` is 0 and the second line is empty.
`,
  cases: [
    { stdin: 'a\n', expected: '0\n\n', note: 'one letter: nothing repeats' },
    { stdin: 'abc\n', expected: '0\n\n', note: 'all letters distinct' },
    { stdin: 'aa\n', expected: '1\na\n', note: 'shortest repeat' },
    { stdin: 'aaaa\n', expected: '3\naaa\n', note: 'overlapping occurrences' },
    { stdin: 'banana\n', expected: '3\nana\n', note: 'classic example, overlapping' },
    { stdin: 'abcxyzabcuvwxyz\n', expected: '3\nabc\n', note: 'two repeats of length 3: the smaller wins' },
    { stdin: 'zzabab\n', expected: '2\nab\n', note: 'ab and zz tie; ab is smaller' },
    { stdin: 'mississippi\n', expected: '4\nissi\n', note: 'issi occurs at 1 and 4' },
  ],
  levels: enamelLevels([12, 800, 1400, 2000]),
  generate(rng, size, level) {
    // Random letters with copies of earlier stretches pasted in (some with a letter changed),
    // so the longest repeat is long and near-ties are common.
    const alphabet = level.caseIndex % 2 === 0 ? 'ab' : 'abcd';
    let s = rng.string(Math.min(size, 20), alphabet);
    while (s.length < size) {
      if (rng.bool(0.5)) s += rng.string(rng.int(5, 40), alphabet);
      else {
        const from = rng.int(0, s.length - 1);
        const piece = s.slice(from, from + rng.int(10, Math.max(11, Math.floor(size / 5)))).split('');
        if (rng.bool(0.6)) piece[rng.int(0, piece.length - 1)] = rng.pick([...alphabet]);
        s += piece.join('');
      }
    }
    return `${s.slice(0, size)}\n`;
  },
});
