import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'max-subarray-sum',
  title: 'Maximum subarray sum',
  category: 'algorithm',
  tags: ['arrays', 'dynamic-programming'],
  kind: 'function',
  statement: `
Given a non-empty list of integers \`nums\`, return the largest sum of a non-empty contiguous
subarray \`nums[i..j]\` (\`i <= j\`).

- \`1 <= len(nums) <= 10^5\`; \`-10^9 <= nums[i] <= 10^9\`.
- The subarray must contain at least one element, so when every value is negative the answer
  is the largest single value.
- The answer can exceed 2^31 in absolute value; return it exactly. Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }], returns: 'int' },
  entry: { python: 'max_subarray_sum', javascript: 'maxSubarraySum' },
  cases: [
    { args: [[5]], expected: 5, note: 'one element' },
    { args: [[-5]], expected: -5, note: 'one negative element' },
    { args: [[-2, 1, -3, 4, -1, 2, 1, -5, 4]], expected: 6, note: 'classic example' },
    { args: [[-3, -1, -2]], expected: -1, note: 'all negative: best single value' },
    { args: [[1, 2, 3]], expected: 6, note: 'all positive: the whole list' },
    { args: [[0, 0, 0]], expected: 0, note: 'zeros' },
    { args: [[-1, 0, -2]], expected: 0, note: 'zero beats the negatives' },
    { args: [[5, -10, 5]], expected: 5, note: 'equal best parts separated by a deep dip' },
    { args: [[2, -1, 2, -1, 2]], expected: 4, note: 'crossing small dips pays off' },
    { args: [[1000000000, 1000000000, 1000000000]], expected: 3000000000, note: 'sum exceeds 2^31' },
    { args: [[-1000000000, -1000000000, -1000000000]], expected: -1000000000, note: 'lowest values' },
  ],
  levels: enamelLevels([20, 800, 1800, 3000]),
  generate(rng, size, level) {
    const n = size;
    switch (level.caseIndex % 4) {
      case 0: // small values of both signs
        return [rng.ints(n, -10_000, 10_000)];
      case 1: // the full range: sums leave the small-int range
        return [rng.ints(n, -1_000_000_000, 1_000_000_000)];
      case 2: // mostly negative with rare large positives
        return [Array.from({ length: n }, () => (rng.bool(0.1) ? rng.int(0, 1_000_000_000) : rng.int(-200_000_000, 0)))];
      default: // every value negative
        return [rng.ints(n, -1_000_000_000, -1)];
    }
  },
});
