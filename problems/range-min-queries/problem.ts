import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'range-min-queries',
  title: 'Range minimum queries',
  category: 'algorithm',
  tags: ['arrays', 'sparse-table', 'range-queries'],
  kind: 'function',
  statement: `
Given a list of integers \`nums\` and a list of queries \`(l, r)\`, return for each query, in
order, the smallest of \`nums[l], nums[l+1], ..., nums[r]\`.

- \`1 <= len(nums) <= 10^5\`; \`0 <= len(queries) <= 2 * 10^5\`; \`-10^9 <= nums[i] <= 10^9\`.
- Indices are 0-based and inclusive: \`0 <= l <= r < len(nums)\`.
- The array never changes between queries. Do not modify the arguments.
`,
  signature: {
    params: [
      { name: 'nums', type: 'list[int]' },
      { name: 'queries', type: 'list[tuple[int, int]]' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'range_min', javascript: 'rangeMin' },
  cases: [
    { args: [[5], [[0, 0]]], expected: [5], note: 'one element' },
    { args: [[3, 1, 2], []], expected: [], note: 'no queries' },
    { args: [[4, 2, 7, 1, 9], [[0, 4], [0, 1], [2, 2], [2, 4], [4, 4]]], expected: [1, 2, 7, 1, 9], note: 'simple' },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8], [[0, 7], [3, 6], [5, 7], [1, 1]]], expected: [1, 4, 6, 2], note: 'increasing: the left end wins' },
    { args: [[-1, -1, -1], [[0, 2], [1, 2]]], expected: [-1, -1], note: 'all equal' },
    { args: [[1000000000, -1000000000, 0], [[0, 0], [0, 2], [2, 2]]], expected: [1000000000, -1000000000, 0], note: 'extremes' },
    { args: [[9, 8, 7, 6, 5, 4, 3], [[0, 6], [0, 3], [2, 5], [0, 0]]], expected: [3, 6, 4, 9], note: 'decreasing: the right end wins; lengths not powers of two' },
  ],
  levels: enamelLevels([16, 300, 600, 1000]),
  generate(rng, size, level) {
    const small = level.index === 0;
    const n = small ? rng.int(1, size) : size;
    const q = small ? rng.int(0, 2 * size) : 2 * size;
    const nums = rng.ints(n, -1_000_000_000, 1_000_000_000);
    // Mostly long ranges (scanning each one is slow), some short ones.
    const queries: [number, number][] = [];
    for (let i = 0; i < q; i++) {
      if (small || rng.bool(0.2)) {
        const l = rng.int(0, n - 1);
        queries.push([l, rng.int(l, Math.min(n - 1, l + 20))]);
      } else {
        const l = rng.int(0, Math.floor(n / 4));
        queries.push([l, rng.int(Math.max(l, n - 1 - Math.floor(n / 4)), n - 1)]);
      }
    }
    return [nums, queries];
  },
});
