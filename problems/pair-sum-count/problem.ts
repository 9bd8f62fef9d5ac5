import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'pair-sum-count',
  title: 'Count pairs with a given sum',
  category: 'algorithm',
  tags: ['arrays', 'hashing'],
  kind: 'function',
  statement: `
Given a list of integers \`nums\` and an integer \`target\`, return the number of index pairs
\`(i, j)\` with \`i < j\` and \`nums[i] + nums[j] == target\`.

- \`0 <= len(nums) <= 10^5\`; \`-10^9 <= nums[i], target <= 2 * 10^9\`.
- Equal values at different indices count as different pairs.
- The answer can exceed 2^31; return it exactly.
- Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }, { name: 'target', type: 'int' }], returns: 'int' },
  entry: { python: 'count_pairs', javascript: 'countPairs' },
  cases: [
    { args: [[], 5], expected: 0, note: 'empty list' },
    { args: [[5], 10], expected: 0, note: 'one element cannot pair with itself' },
    { args: [[1, 2, 3, 4], 5], expected: 2, note: 'simple' },
    { args: [[3, 3, 3, 3], 6], expected: 6, note: 'all duplicates: C(4,2)' },
    { args: [[-1, 1, -2, 2, 0], 0], expected: 2, note: 'negatives, zero alone does not pair' },
    { args: [[1000000000, 1000000000, -1000000000], 2000000000], expected: 1, note: 'extremes' },
    { args: [[1, 2, 3], 100], expected: 0, note: 'no pair' },
  ],
  levels: enamelLevels([20, 300, 1000, 3000]),
  generate(rng, size) {
    // A narrow value range makes many pairs, so answers are non-trivial.
    const span = Math.max(2, Math.floor(size / 2));
    const nums = rng.ints(size, -span, span);
    return [nums, rng.int(-span, span)];
  },
});
