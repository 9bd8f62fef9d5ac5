import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'count-primes',
  title: 'Count the primes below n',
  category: 'algorithm',
  tags: ['number-theory', 'primes', 'sieve'],
  kind: 'function',
  statement: `
Given an integer \`n\`, return how many prime numbers \`p\` satisfy \`p < n\` (strictly less).

- \`0 <= n <= 10^6\`.
- A prime is an integer greater than 1 whose only positive divisors are 1 and itself;
  0 and 1 are not prime.
- For \`n <= 2\` the answer is 0.
`,
  signature: { params: [{ name: 'n', type: 'int' }], returns: 'int' },
  entry: { python: 'count_primes', javascript: 'countPrimes' },
  cases: [
    { args: [0], expected: 0, note: 'zero' },
    { args: [1], expected: 0, note: 'one' },
    { args: [2], expected: 0, note: '2 itself is not below 2' },
    { args: [3], expected: 1, note: 'only 2' },
    { args: [10], expected: 4, note: '2, 3, 5, 7' },
    { args: [11], expected: 4, note: 'strict bound: 11 is not counted' },
    { args: [12], expected: 5, note: 'now 11 is counted' },
    { args: [49], expected: 15, note: 'a square of a prime as the bound' },
    { args: [100], expected: 25, note: 'classic value' },
    { args: [100000], expected: 9592, note: 'a larger bound' },
  ],
  levels: enamelLevels([100, 50000, 200000, 500000]),
  generate(rng, size) {
    return [rng.int(size - Math.floor(size / 10), size)];
  },
});
