import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'subarray-sum-equals-k',
  title: 'Count subarrays with sum k',
  category: 'algorithm',
  tags: ['arrays', 'prefix-sums', 'hashing'],
  kind: 'function',
  statement: `
Given a list of integers \`nums\` and an integer \`k\`, return the number of non-empty
contiguous subarrays \`nums[i..j]\` (\`0 <= i <= j < len(nums)\`) whose elements sum to
exactly \`k\`.

- \`0 <= len(nums) <= 10^5\`; \`-10^9 <= nums[i] <= 10^9\`; \`-10^14 <= k <= 10^14\`.
- Values may be negative or zero, so sums are not monotonic.
- Subarrays at different positions count separately even when their contents are equal.
- The answer can exceed 2^31; return it exactly. An empty list has answer \`0\`.
- Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }, { name: 'k', type: 'int' }], returns: 'int' },
  entry: { python: 'subarray_sum', javascript: 'subarraySum' },
  cases: [
    { args: [[], 0], expected: 0, note: 'empty list: no non-empty subarray' },
    { args: [[5], 5], expected: 1, note: 'one element equal to k' },
    { args: [[5], 0], expected: 0, note: 'one element, k = 0: the empty subarray does not count' },
    { args: [[1, 1, 1], 2], expected: 2, note: 'classic' },
    { args: [[0, 0, 0, 0], 0], expected: 10, note: 'all zeros: every one of the 4*5/2 subarrays' },
    { args: [[1, -1, 1, -1], 0], expected: 4, note: 'negatives cancel' },
    { args: [[3, 4, 7, 2, -3, 1, 4, 2], 7], expected: 4, note: 'mixed signs' },
    { args: [[-1000000000, -1000000000, 1000000000], -2000000000], expected: 1, note: 'extreme values' },
    { args: [[1, 2, 3], 100], expected: 0, note: 'k larger than any sum' },
    { args: [[2, 2, 2], -2], expected: 0, note: 'negative k, positive values' },
  ],
  levels: enamelLevels([20, 800, 2500, 5000]),
  generate(rng, size, level) {
    // Scored levels use small values, so prefix sums repeat often and answers are large (the
    // regime where hashing prefix sums pays off); the correctness level also tries the full
    // value range. k is usually the sum of an actual subarray.
    const wide = level.index === 0 && rng.bool(0.3);
    const span = wide ? 1_000_000_000 : rng.pick([1, 2, 5, 20, 100]);
    const nums = rng.ints(size, -span, span);
    let k: number;
    if (size > 0 && rng.bool(0.8)) {
      const i = rng.int(0, size - 1);
      const j = rng.int(i, Math.min(size - 1, i + rng.int(0, 50)));
      k = 0;
      for (let t = i; t <= j; t++) k += nums[t]!;
    } else {
      k = rng.bool(0.5) ? 0 : rng.int(-3 * span, 3 * span);
    }
    return [nums, k];
  },
});
