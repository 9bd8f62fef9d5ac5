import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'range-sum-queries',
  title: 'Range sum queries',
  category: 'algorithm',
  tags: ['arrays', 'prefix-sums', 'stdio'],
  kind: 'stdio',
  statement: `
Read an array of integers and answer queries asking for the sum of a contiguous range.

**Input** (standard input):

- The first line holds two integers \`n q\`: the array length and the number of queries.
- The second line holds the \`n\` array elements \`a_1 ... a_n\`, separated by single spaces.
- Each of the next \`q\` lines holds two integers \`l r\` (1-based, inclusive).

**Output** (standard output): for each query, in input order, one line with the sum
\`a_l + a_(l+1) + ... + a_r\`. Print nothing else (no output at all when \`q = 0\`).

**Bounds:** \`1 <= n <= 2 * 10^5\`; \`0 <= q <= 2 * 10^5\`; \`-10^9 <= a_i <= 10^9\`;
\`1 <= l <= r <= n\`. Sums can exceed 32 bits (up to 2 * 10^14 in magnitude); print them
exactly.
`,
  cases: [
    { stdin: '1 1\n5\n1 1\n', expected: '5\n', note: 'one element' },
    { stdin: '3 0\n1 2 3\n', expected: '', note: 'no queries: no output' },
    { stdin: '5 3\n1 2 3 4 5\n1 5\n2 4\n3 3\n', expected: '15\n9\n3\n', note: 'simple' },
    { stdin: '4 4\n-3 7 -2 -2\n1 2\n2 4\n1 4\n4 4\n', expected: '4\n3\n0\n-2\n', note: 'negatives and a zero sum' },
    { stdin: '3 2\n4 4 4\n1 3\n1 3\n', expected: '12\n12\n', note: 'repeated query, duplicate values' },
    {
      stdin: '3 2\n1000000000 1000000000 1000000000\n1 3\n2 3\n',
      expected: '3000000000\n2000000000\n',
      note: 'sums beyond 32 bits',
    },
    { stdin: '2 2\n-1000000000 -1000000000\n1 2\n2 2\n', expected: '-2000000000\n-1000000000\n', note: 'negative extremes' },
  ],
  levels: enamelLevels([12, 600, 1500, 3000]),
  generate(rng, size, level) {
    // n = size, q = size / 2. Scored levels mostly use long ranges (summing each one from
    // scratch is slow); the correctness level mixes in short ones and q = 0.
    const small = level.index === 0;
    const n = small ? rng.int(1, size) : size;
    const q = small ? rng.int(0, size) : Math.floor(size / 2);
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
      lines.push(`${l} ${r}`);
    }
    return lines.join('\n') + '\n';
  },
});
