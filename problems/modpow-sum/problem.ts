import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'modpow-sum',
  title: 'Sum of modular powers',
  category: 'algorithm',
  tags: ['number-theory', 'modular-arithmetic', 'fast-exponentiation'],
  kind: 'function',
  statement: `
Given two lists of equal length, \`bases\` and \`exps\`, and a modulus \`m\`, return

    (bases[0]^exps[0] + bases[1]^exps[1] + ... + bases[n-1]^exps[n-1]) mod m

as an integer in \`[0, m - 1]\`.

- \`0 <= n = len(bases) = len(exps) <= 10^5\`; the sum of an empty list is 0.
- \`0 <= bases[i] <= 10^9\` (a base may be larger than \`m\`); \`0 <= exps[i] <= 10^5\`.
- \`1 <= m <= 10^9 + 7\`. With \`m = 1\` the answer is always 0.
- \`x^0 = 1\` for every \`x\`, including \`0^0 = 1\`.
- Do not modify the lists.
`,
  signature: {
    params: [
      { name: 'bases', type: 'list[int]' },
      { name: 'exps', type: 'list[int]' },
      { name: 'm', type: 'int' },
    ],
    returns: 'int',
  },
  entry: { python: 'modpow_sum', javascript: 'modpowSum' },
  cases: [
    { args: [[], [], 7], expected: 0, note: 'empty lists' },
    { args: [[2], [10], 1000], expected: 24, note: 'one term: 1024 mod 1000' },
    { args: [[0, 0, 5], [0, 3, 0], 100], expected: 2, note: '0^0 = 1, 0^3 = 0, 5^0 = 1' },
    { args: [[123, 456, 789], [45, 67, 89], 1], expected: 0, note: 'modulus 1' },
    { args: [[3, 3, 3], [4, 4, 4], 10], expected: 3, note: 'duplicates: 3 * 81 = 243' },
    { args: [[1000000000], [100000], 1000000007], expected: 183133701, note: 'largest base and exponent' },
    { args: [[2, 2], [30, 30], 1000000007], expected: 147483634, note: 'largest modulus; the sum wraps once' },
    { args: [[10, 7], [2, 1], 5], expected: 2, note: 'base a multiple of m' },
  ],
  levels: enamelLevels([20, 200, 600, 1500]),
  generate(rng, size) {
    const m = rng.pick([1000000007, 998244353, rng.int(2, 1000000007), rng.int(2, 1000)]);
    const bases = rng.ints(size, 0, 10 ** 9);
    // A mix of small, moderate and large exponents.
    const exps = Array.from({ length: size }, () => {
      const r = rng.float();
      return r < 0.6 ? rng.int(0, 100) : r < 0.95 ? rng.int(0, 3000) : rng.int(0, 30000);
    });
    return [bases, exps, m];
  },
});
