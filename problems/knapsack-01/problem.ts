import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'knapsack-01',
  title: '0/1 knapsack',
  category: 'implementation',
  tags: ['dynamic-programming', 'knapsack'],
  version: 2,
  kind: 'function',
  statement: `
There are \`n\` items; item \`i\` has weight \`weights[i]\` and value \`values[i]\`. Choose a subset
of the items, each item at most once, whose total weight is at most \`capacity\`, so that the
total value is as large as possible. Return that largest total value (0 when nothing fits).

- \`0 <= n <= 200\`; \`len(weights) == len(values) == n\`.
- \`1 <= weights[i] <= 10^4\`; \`0 <= values[i] <= 10^9\`; \`0 <= capacity <= 10^4\`.
- Items heavier than \`capacity\` may appear; they can never be taken.
- Return only the value, exactly (it can exceed 2^31). Do not modify the lists.
`,
  signature: {
    params: [{ name: 'weights', type: 'list[int]' }, { name: 'values', type: 'list[int]' }, { name: 'capacity', type: 'int' }],
    returns: 'int',
  },
  entry: { python: 'knapsack', javascript: 'knapsack' },
  cases: [
    { args: [[], [], 10], expected: 0, note: 'no items' },
    { args: [[5], [10], 4], expected: 0, note: 'the only item is too heavy' },
    { args: [[5], [10], 5], expected: 10, note: 'exact fit' },
    { args: [[2, 2, 2], [3, 3, 3], 0], expected: 0, note: 'capacity zero' },
    { args: [[1, 3, 4, 5], [1, 4, 5, 7], 7], expected: 9, note: 'small classic' },
    { args: [[10, 20, 30], [60, 100, 120], 50], expected: 220, note: 'best ratio first is not optimal' },
    { args: [[1, 1, 1], [5, 5, 5], 2], expected: 10, note: 'duplicate items, each used at most once' },
    { args: [[10000, 10000, 10000], [1000000000, 1000000000, 1000000000], 10000], expected: 1000000000, note: 'heaviest items, only one fits' },
    { args: [[1, 1, 1, 1, 1], [1000000000, 1000000000, 1000000000, 1000000000, 1000000000], 10000], expected: 5000000000, note: 'everything fits; sum exceeds 2^31' },
    { args: [[3, 4, 2], [0, 0, 0], 9], expected: 0, note: 'worthless items' },
  ],
  levels: enamelLevels([20, 120, 300, 500]),
  generate(rng, size) {
    const capacity = size;
    const n = Math.floor(size / 12) + 2;
    const weights: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < n; i++) {
      // Mostly items up to half the capacity, sometimes (1 in 10) one that can never fit.
      const w = rng.bool(0.1) ? rng.int(capacity + 1, capacity + 50) : rng.int(1, Math.max(1, Math.floor(capacity / 2)));
      weights.push(w);
      // Values loosely follow weights, so many choices are close to each other.
      values.push(w * 1000 + rng.int(0, 50_000));
    }
    return [weights, values, capacity];
  },
});
