import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'union-find-queries',
  title: 'Union-find connectivity queries',
  category: 'implementation',
  tags: ['union-find', 'stdio'],
  kind: 'stdio',
  statement: `
Start with \`n\` elements numbered \`1 .. n\`, each in a group of its own, and process
operations in order:

- \`U a b\`: merge the groups of \`a\` and \`b\` (nothing happens if they already share one);
- \`Q a b\`: report whether \`a\` and \`b\` are in the same group.

**Input** (standard input): the first line holds \`n q\`. Each of the next \`q\` lines holds one
operation.

**Output** (standard output): one line per \`Q\` operation, in input order: \`YES\` or \`NO\`. Print
nothing else.

**Bounds:** \`1 <= n <= 2 * 10^5\`; \`0 <= q <= 4 * 10^5\`; \`1 <= a, b <= n\` (\`a = b\` is allowed).
`,
  cases: [
    { stdin: '1 0\n', expected: '', note: 'no operations' },
    { stdin: '1 2\nQ 1 1\nU 1 1\n', expected: 'YES\n', note: 'an element is always with itself' },
    { stdin: '3 3\nQ 1 2\nU 1 2\nQ 2 1\n', expected: 'NO\nYES\n', note: 'before and after a merge, either order' },
    {
      stdin: '5 6\nU 1 2\nU 3 4\nQ 1 4\nU 2 3\nQ 1 4\nQ 5 1\n',
      expected: 'NO\nYES\nNO\n',
      note: 'merging two groups joins all their members',
    },
    { stdin: '4 5\nU 1 2\nU 2 1\nU 1 2\nQ 1 2\nQ 3 4\n', expected: 'YES\nNO\n', note: 'repeated merges change nothing' },
    {
      stdin: '6 7\nU 1 2\nU 2 3\nU 3 4\nU 4 5\nU 5 6\nQ 1 6\nQ 6 2\n',
      expected: 'YES\nYES\n',
      note: 'a chain of merges',
    },
  ],
  levels: enamelLevels([12, 300, 700, 1400]),
  generate(rng, size, level) {
    // n = size elements, 2 * size operations, half of them merges, so groups grow large and
    // many queries answer YES late in the run.
    const n = level.index === 0 ? rng.int(1, size) : size;
    const q = level.index === 0 ? rng.int(0, 2 * size) : 2 * size;
    const lines = [`${n} ${q}`];
    for (let i = 0; i < q; i++) lines.push(`${rng.bool(0.5) ? 'U' : 'Q'} ${rng.int(1, n)} ${rng.int(1, n)}`);
    return lines.join('\n') + '\n';
  },
});
