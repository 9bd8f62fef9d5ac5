import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'fenwick-inversions',
  title: 'Count inversions',
  category: 'algorithm',
  tags: ['arrays', 'fenwick-tree', 'sorting'],
  kind: 'function',
  statement: `
Given a list of integers \`nums\`, return the number of inversions: index pairs \`(i, j)\` with
\`i < j\` and \`nums[i] > nums[j]\`.

- \`0 <= len(nums) <= 10^5\`; \`-10^9 <= nums[i] <= 10^9\`.
- Equal values never form an inversion.
- The answer can exceed 2^31 (up to about 5 * 10^9); return it exactly.
- Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }], returns: 'int' },
  entry: { python: 'count_inversions', javascript: 'countInversions' },
  cases: [
    { args: [[]], expected: 0, note: 'empty list' },
    { args: [[7]], expected: 0, note: 'one element' },
    { args: [[1, 2, 3, 4]], expected: 0, note: 'already sorted' },
    { args: [[4, 3, 2, 1]], expected: 6, note: 'reversed: every pair' },
    { args: [[2, 2, 2]], expected: 0, note: 'equal values are not inversions' },
    { args: [[3, 1, 2, 3, 1]], expected: 5, note: 'duplicates mixed in' },
    { args: [[1000000000, -1000000000, 0]], expected: 2, note: 'extremes and negatives' },
    { args: [[2, 4, 1, 3, 5]], expected: 3, note: 'small mixed' },
  ],
  levels: enamelLevels([12, 300, 600, 1000]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(0, size) : size;
    // Case 1 of each level has many duplicates; the others are wide random values.
    const span = level.caseIndex === 1 ? Math.max(1, Math.floor(n / 8)) : 1_000_000_000;
    return [rng.ints(n, -span, span)];
  },
});
