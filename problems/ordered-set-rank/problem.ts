import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'ordered-set-rank',
  title: 'Ordered set with rank and k-th queries',
  category: 'algorithm',
  tags: ['ordered-set', 'binary-search', 'stdio'],
  kind: 'stdio',
  statement: `
Keep a set of distinct integers, initially empty, under four kinds of operations.

**Input** (standard input): the first line holds \`q\`, the number of operations. Each of the
next \`q\` lines is one operation, applied in order:

- \`1 x\`: insert \`x\` (nothing happens if \`x\` is already in the set);
- \`2 x\`: erase \`x\` (nothing happens if \`x\` is not in the set);
- \`3 x\`: report how many elements of the set are strictly smaller than \`x\` (\`x\` need not be
  in the set);
- \`4 k\`: report the \`k\`-th smallest element of the set (\`k = 1\` is the minimum), or \`-1\` if
  the set has fewer than \`k\` elements.

**Output** (standard output): one line per \`3\` or \`4\` operation, in input order, with its
answer. Print nothing else (no output at all when there are no such operations).

**Bounds:** \`0 <= q <= 2 * 10^5\`; \`-10^9 <= x <= 10^9\`; \`1 <= k <= 2 * 10^5\`.
`,
  cases: [
    { stdin: '0\n', expected: '', note: 'no operations' },
    { stdin: '3\n3 5\n4 1\n4 3\n', expected: '0\n-1\n-1\n', note: 'queries on the empty set' },
    {
      stdin: '8\n1 5\n1 1\n1 9\n3 5\n3 6\n4 1\n4 3\n4 4\n',
      expected: '1\n2\n1\n9\n-1\n',
      note: 'simple: rank of a member and of a non-member, k past the end',
    },
    {
      stdin: '7\n1 4\n1 4\n1 4\n3 5\n4 1\n4 2\n2 7\n',
      expected: '1\n4\n-1\n',
      note: 'repeated insert keeps one copy; erasing an absent value does nothing',
    },
    {
      stdin: '9\n1 3\n1 1\n1 2\n2 2\n4 2\n3 3\n2 2\n1 2\n4 2\n',
      expected: '3\n1\n2\n',
      note: 'erase, erase again, re-insert',
    },
    {
      stdin: '6\n1 -1000000000\n1 1000000000\n1 0\n3 1000000000\n3 -1000000000\n4 3\n',
      expected: '2\n0\n1000000000\n',
      note: 'extremes',
    },
    {
      stdin: '7\n1 -5\n1 -7\n1 -6\n4 1\n4 2\n3 -6\n3 -100\n',
      expected: '-7\n-6\n1\n0\n',
      note: 'negatives, a query below every element',
    },
  ],
  levels: enamelLevels([16, 500, 1200, 2400]),
  generate(rng, size, level) {
    const q = level.index === 0 ? rng.int(0, size) : size;
    // Values from a pool about as large as the number of inserts, so inserts sometimes repeat
    // and erases usually hit; the set grows to about a third of q.
    const pool = rng.ints(Math.max(1, Math.floor(q / 2)), -1_000_000_000, 1_000_000_000);
    const lines = [`${q}`];
    let inserted = 0;
    for (let i = 0; i < q; i++) {
      const t = rng.float();
      if (t < 0.45) {
        lines.push(`1 ${rng.pick(pool)}`);
        inserted++;
      } else if (t < 0.6) lines.push(`2 ${rng.pick(pool)}`);
      else if (t < 0.8) lines.push(`3 ${rng.bool(0.5) ? rng.pick(pool) : rng.int(-1_000_000_000, 1_000_000_000)}`);
      else lines.push(`4 ${rng.int(1, Math.max(1, Math.floor(inserted * 0.7)))}`);
    }
    return lines.join('\n') + '\n';
  },
});
