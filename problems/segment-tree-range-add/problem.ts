import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'segment-tree-range-add',
  title: 'Range add and range sum',
  category: 'algorithm',
  tags: ['segment-tree', 'fenwick-tree', 'range-queries', 'stdio'],
  kind: 'stdio',
  statement: `
Keep an array of integers under two kinds of operations: add a value to every element of a
range, and report the sum of a range.

**Input** (standard input):

- The first line holds two integers \`n q\`: the array length and the number of operations.
- The second line holds the \`n\` initial elements \`a_1 ... a_n\`, separated by single spaces.
- Each of the next \`q\` lines is one operation, applied in order:
  - \`1 l r x\`: add \`x\` to each of \`a_l, ..., a_r\`;
  - \`2 l r\`: report \`a_l + ... + a_r\` as the array is at that moment.

**Output** (standard output): one line per \`2\` operation, in input order, with the sum. Print
nothing else (no output at all when there are no \`2\` operations).

**Bounds:** \`1 <= n <= 2 * 10^5\`; \`0 <= q <= 2 * 10^5\`; \`1 <= l <= r <= n\` (1-based,
inclusive); \`-10^9 <= a_i <= 10^9\`; \`-10^4 <= x <= 10^4\`. Sums can exceed 32 bits (their
magnitude stays below 10^15); print them exactly.
`,
  cases: [
    { stdin: '1 1\n5\n2 1 1\n', expected: '5\n', note: 'one element' },
    { stdin: '3 0\n1 2 3\n', expected: '', note: 'no operations: no output' },
    { stdin: '3 1\n1 2 3\n1 1 3 5\n', expected: '', note: 'only updates: no output' },
    {
      stdin: '5 5\n1 2 3 4 5\n2 1 5\n1 2 4 10\n2 1 5\n2 3 3\n2 5 5\n',
      expected: '15\n45\n13\n5\n',
      note: 'simple: an add inside the array',
    },
    {
      stdin: '4 6\n0 0 0 0\n1 1 4 -3\n1 2 3 3\n2 1 4\n2 2 3\n1 4 4 3\n2 1 4\n',
      expected: '-6\n0\n-3\n',
      note: 'overlapping adds, negatives, a zero sum',
    },
    {
      stdin: '3 3\n1000000000 1000000000 1000000000\n1 1 3 10000\n2 1 3\n2 2 2\n',
      expected: '3000030000\n1000010000\n',
      note: 'sums beyond 32 bits',
    },
    { stdin: '2 3\n-1000000000 -1000000000\n1 1 1 -10000\n2 1 2\n2 1 1\n', expected: '-2000010000\n-1000010000\n', note: 'negative extremes' },
  ],
  levels: enamelLevels([12, 150, 300, 600]),
  generate(rng, size, level) {
    // n = q = size; half the operations are adds. Scored levels mostly use long ranges
    // (touching each element is slow); the correctness level mixes in short ones.
    const small = level.index === 0;
    const n = small ? rng.int(1, size) : size;
    const q = small ? rng.int(0, size) : size;
    const a = rng.ints(n, -1_000_000_000, 1_000_000_000);
    const lines = [`${n} ${q}`, a.join(' ')];
    for (let i = 0; i < q; i++) {
      let l: number;
      let r: number;
      if (small || rng.bool(0.2)) {
        l = rng.int(1, n);
        r = rng.int(l, n);
      } else {
        l = rng.int(1, Math.max(1, Math.floor(n / 4)));
        r = rng.int(Math.max(l, n - Math.floor(n / 4)), n);
      }
      lines.push(rng.bool(0.5) ? `1 ${l} ${r} ${rng.int(-10_000, 10_000)}` : `2 ${l} ${r}`);
    }
    return lines.join('\n') + '\n';
  },
});
