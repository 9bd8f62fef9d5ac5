import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'binomial-mod',
  title: 'Binomial coefficients modulo a prime',
  category: 'algorithm',
  tags: ['combinatorics', 'modular-arithmetic'],
  kind: 'function',
  statement: `
Given a list of queries \`(n, k)\`, return a list with \`C(n, k) mod 1_000_000_007\` for each
query, in the same order. \`C(n, k)\` is the number of ways to choose \`k\` items out of \`n\`.

- \`0 <= len(queries) <= 10^5\`; \`0 <= n <= 10^6\`; \`0 <= k <= 10^6\`.
- \`k\` may exceed \`n\`: then \`C(n, k) = 0\`. \`C(n, 0) = C(n, n) = 1\` (also for \`n = 0\`).
- The modulus 1_000_000_007 is prime. Every result lies in \`[0, 1_000_000_006]\`.
- Do not modify \`queries\`.
`,
  signature: { params: [{ name: 'queries', type: 'list[tuple[int, int]]' }], returns: 'list[int]' },
  entry: { python: 'binomial_mod', javascript: 'binomialMod' },
  cases: [
    { args: [[]], expected: [], note: 'no queries' },
    { args: [[[0, 0]]], expected: [1], note: 'C(0, 0) = 1' },
    { args: [[[5, 2], [5, 0], [5, 5], [5, 6]]], expected: [10, 1, 1, 0], note: 'small; both ends; k > n gives 0' },
    { args: [[[0, 3], [2, 1000000]]], expected: [0, 0], note: 'k far above n' },
    { args: [[[66, 33], [100, 50]]], expected: [480267059, 538992043], note: 'values past 2^62 are reduced' },
    { args: [[[1000, 3], [1000, 3], [1000, 997]]], expected: [166167000, 166167000, 166167000], note: 'duplicates and symmetry' },
    {
      args: [[[1000000, 3], [1000000, 1], [1000000, 999997], [1000000, 1000000]]],
      expected: [500336845, 1000000, 500336845, 1],
      note: 'upper bound of n',
    },
  ],
  levels: enamelLevels([30, 300, 800, 2000]),
  generate(rng, size) {
    // size queries with n up to size: the precomputation and the queries weigh about the same.
    const queries: [number, number][] = [];
    for (let i = 0; i < size; i++) {
      const n = i === 0 ? size : rng.int(0, size);
      const r = rng.float();
      const k = r < 0.05 ? rng.int(n + 1, n + 10) : r < 0.1 ? rng.pick([0, n]) : rng.int(0, n);
      queries.push([n, k]);
    }
    return [rng.shuffle(queries)];
  },
});
