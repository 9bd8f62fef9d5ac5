import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'totient-sum',
  title: "Sum of Euler's totient up to n",
  category: 'algorithm',
  tags: ['number-theory', 'totient', 'sieve', 'memory'],
  kind: 'function',
  statement: `
Given an integer \`n\`, return \`phi(1) + phi(2) + ... + phi(n)\`, where Euler's totient
\`phi(k)\` counts the integers \`j\` with \`1 <= j <= k\` and \`gcd(j, k) = 1\` (so \`phi(1) = 1\`).

- \`0 <= n <= 10^7\`; for \`n = 0\` the sum is empty and the answer is 0.
- The answer is below \`3.1 * 10^13\`.
`,
  signature: { params: [{ name: 'n', type: 'int' }], returns: 'int' },
  entry: { python: 'totient_sum', javascript: 'totientSum' },
  cases: [
    { args: [0], expected: 0, note: 'empty sum' },
    { args: [1], expected: 1, note: 'phi(1) = 1' },
    { args: [2], expected: 2, note: 'phi(2) = 1' },
    { args: [4], expected: 6, note: 'phi(3) = 2, phi(4) = 2' },
    { args: [10], expected: 32, note: 'first ten' },
    { args: [100], expected: 3044, note: 'a square bound' },
    { args: [1000], expected: 304192, note: 'a cube bound' },
    { args: [65536], expected: 1305514926, note: 'a power of two' },
    { args: [100000], expected: 3039650754, note: 'past 2^31' },
  ],
  levels: enamelLevels([50, 20000, 80000, 250000]),
  generate(rng, size, level) {
    return [level.index === 0 ? rng.int(0, size) : rng.int(size - Math.floor(size / 10), size)];
  },
});
