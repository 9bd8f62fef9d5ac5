import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'totient-queries',
  title: "Euler's totient of many numbers",
  category: 'algorithm',
  tags: ['number-theory', 'totient', 'sieve', 'stdio'],
  kind: 'stdio',
  statement: `
Read \`q\` integers and print Euler's totient \`phi(x)\` of each: the number of integers \`j\`
with \`1 <= j <= x\` and \`gcd(j, x) = 1\` (so \`phi(1) = 1\`).

**Input** (standard input): the first line holds \`q\`; the second line holds the \`q\` integers
\`x_1 ... x_q\`, separated by single spaces.

**Output** (standard output): \`q\` lines, the \`i\`-th holding \`phi(x_i)\`.

**Bounds:** \`1 <= q <= 2 * 10^5\`; \`1 <= x_i <= 10^6\`. Values may repeat.
`,
  cases: [
    { stdin: '1\n1\n', expected: '1\n', note: 'phi(1) = 1' },
    { stdin: '3\n2 3 4\n', expected: '1\n2\n2\n', note: 'small values' },
    { stdin: '3\n97 9973 999983\n', expected: '96\n9972\n999982\n', note: 'primes, up to the largest below 10^6' },
    { stdin: '3\n1024 59049 390625\n', expected: '512\n39366\n312500\n', note: 'prime powers' },
    { stdin: '2\n1000000 510510\n', expected: '400000\n92160\n', note: 'the upper bound, and 2*3*5*7*11*13*17' },
    { stdin: '4\n36 36 36 36\n', expected: '12\n12\n12\n12\n', note: 'one value repeated' },
    { stdin: '3\n999979 999981 999999\n', expected: '999978\n666648\n466560\n', note: 'near the bound: a prime and two composites' },
  ],
  levels: enamelLevels([20, 1500, 2500, 3500]),
  generate(rng, size, level) {
    // q = size values up to 20 * size: mostly uniform, some powers of 2 and some 1s.
    const q = level.index === 0 ? rng.int(1, size) : size;
    const top = 20 * size;
    const xs: number[] = [];
    for (let i = 0; i < q; i++) {
      const r = rng.float();
      xs.push(r < 0.05 ? 2 ** rng.int(0, Math.floor(Math.log2(top))) : r < 0.07 ? 1 : rng.int(1, top));
    }
    return `${q}\n${xs.join(' ')}\n`;
  },
});
