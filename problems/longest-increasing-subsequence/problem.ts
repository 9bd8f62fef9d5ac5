import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'longest-increasing-subsequence',
  title: 'Longest strictly increasing subsequence',
  category: 'algorithm',
  tags: ['dynamic-programming', 'binary-search'],
  kind: 'function',
  statement: `
Given a list of integers \`nums\`, return the length of its longest strictly increasing
subsequence. A subsequence keeps the original order but may skip elements; "strictly" means
every element is greater than the one before it, so equal values cannot both be used.

- \`0 <= len(nums) <= 10^4\`; \`-10^9 <= nums[i] <= 10^9\`.
- An empty list has answer 0.
- Only the length is returned. Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }], returns: 'int' },
  entry: { python: 'longest_increasing_subsequence', javascript: 'longestIncreasingSubsequence' },
  cases: [
    { args: [[]], expected: 0, note: 'empty list' },
    { args: [[5]], expected: 1, note: 'one element' },
    { args: [[1, 2, 3, 4]], expected: 4, note: 'already increasing' },
    { args: [[4, 3, 2, 1]], expected: 1, note: 'strictly decreasing' },
    { args: [[7, 7, 7, 7]], expected: 1, note: 'all equal: strictness matters' },
    { args: [[10, 9, 2, 5, 3, 7, 101, 18]], expected: 4, note: 'classic example' },
    { args: [[0, 1, 0, 3, 2, 3]], expected: 4, note: 'duplicates in the middle' },
    { args: [[-1000000000, 1000000000]], expected: 2, note: 'extremes of the bounds' },
    { args: [[3, -1, -2, 5, -3, 6, 0, 7]], expected: 4, note: 'negatives' },
    { args: [[1, 3, 6, 7, 9, 4, 10, 5, 6]], expected: 6, note: 'a later smaller value does not end the best run' },
  ],
  levels: enamelLevels([20, 500, 1500, 3000]),
  generate(rng, size, level) {
    const n = size;
    switch (level.caseIndex % 4) {
      case 0: // uniform over the full range
        return [rng.ints(n, -1_000_000_000, 1_000_000_000)];
      case 1: // a narrow range: many equal values
        return [rng.ints(n, 0, Math.max(1, Math.floor(n / 8)))];
      case 2: { // a random walk: long stretches of nearly sorted values
        const out: number[] = [];
        let v = 0;
        for (let i = 0; i < n; i++) out.push((v += rng.int(-20, 20)));
        return [out];
      }
      default: { // falling trend with noise: a short answer
        const noise = Math.max(1, Math.floor(n / 20));
        return [Array.from({ length: n }, (_, i) => -i * 3 + rng.int(-noise, noise) * 10)];
      }
    }
  },
});
