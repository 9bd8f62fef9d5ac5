import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

const PRIMES = [65537, 999983, 998244353, 1000000007, 1000000009, 2147483647];

export default defineProblem({
  id: 'modular-inverse-batch',
  title: 'Modular inverses of many numbers',
  category: 'algorithm',
  tags: ['number-theory', 'modular-arithmetic', 'stdio'],
  kind: 'stdio',
  statement: `
Read a prime \`p\` and \`n\` integers, and print the inverse of each integer modulo \`p\`: for
\`a\`, the unique \`x\` with \`0 <= x < p\` and \`a * x = 1 (mod p)\`.

**Input** (standard input):

- The first line holds two integers \`n p\`.
- The second line holds the \`n\` integers \`a_1 ... a_n\`, separated by single spaces.

**Output** (standard output): one line with the \`n\` inverses, in input order, separated by
single spaces.

**Bounds:** \`1 <= n <= 2 * 10^5\`; \`p\` is a prime with \`2 <= p < 2^31\`;
\`1 <= a_i <= p - 1\` (so every inverse exists). Products of two values below \`p\` need up to
62 bits.
`,
  cases: [
    { stdin: '1 2\n1\n', expected: '1\n', note: 'the smallest prime' },
    { stdin: '4 5\n1 2 3 4\n', expected: '1 3 2 4\n', note: 'every residue of 5' },
    { stdin: '3 7\n6 6 6\n', expected: '6 6 6\n', note: 'p - 1 is its own inverse, repeated' },
    { stdin: '2 1000000007\n2 500000004\n', expected: '500000004 2\n', note: 'a pair of mutual inverses' },
    { stdin: '3 2147483647\n2 2147483646 1073741824\n', expected: '1073741824 2147483646 2\n', note: 'the largest allowed prime, 2^31 - 1' },
    { stdin: '5 13\n1 12 5 8 7\n', expected: '1 12 8 5 2\n', note: 'a small prime, mixed values' },
    { stdin: '2 65537\n65536 3\n', expected: '65536 21846\n', note: 'a Fermat prime' },
  ],
  levels: enamelLevels([20, 500, 1500, 3000]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(1, size) : size;
    const p = level.index === 0 && rng.bool(0.3) ? rng.pick([2, 3, 11, 101]) : rng.pick(PRIMES);
    const a = rng.ints(n, 1, p - 1);
    return `${n} ${p}\n${a.join(' ')}\n`;
  },
});
