import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'top-k-frequent',
  title: 'Top k frequent values',
  category: 'algorithm',
  tags: ['hashing', 'heaps', 'counting'],
  kind: 'function',
  statement: `
Given a list of integers \`nums\` and an integer \`k\`, return the \`k\` values that occur most
often in \`nums\`, as a list ordered by number of occurrences, highest first. Values with the
same number of occurrences are ordered by value, smaller first; this same order decides
which values make the cut when there is a tie at the k-th place.

- \`0 <= len(nums) <= 10^5\`; \`-10^9 <= nums[i] <= 10^9\`; \`0 <= k <= 10^5\`.
- Each distinct value appears at most once in the result. When \`k\` is larger than the
  number of distinct values, return all distinct values (in the order above).
- \`k = 0\` or an empty \`nums\` gives an empty list. Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }, { name: 'k', type: 'int' }], returns: 'list[int]' },
  entry: { python: 'top_k_frequent', javascript: 'topKFrequent' },
  cases: [
    { args: [[], 3], expected: [], note: 'empty list' },
    { args: [[4, 4, 1], 0], expected: [], note: 'k = 0' },
    { args: [[7], 1], expected: [7], note: 'one element' },
    { args: [[1, 1, 1, 2, 2, 3], 2], expected: [1, 2], note: 'classic' },
    { args: [[5, 3, 5, 3, 9], 1], expected: [3], note: 'tie at the top: the smaller value wins' },
    { args: [[2, 9, 9, 2, 4, 4, 8], 3], expected: [2, 4, 9], note: 'three-way tie, ordered by value' },
    { args: [[1, 2, 2, 3], 10], expected: [2, 1, 3], note: 'k beyond the number of distinct values' },
    { args: [[-1, -1, -2, 0, 0, -2, -3], 2], expected: [-2, -1], note: 'negatives: -2 < -1 < 0 among equal counts' },
    { args: [[1000000000, -1000000000, 1000000000], 2], expected: [1000000000, -1000000000], note: 'extreme values' },
  ],
  levels: enamelLevels([30, 1000, 2500, 5000]),
  generate(rng, size, level) {
    // Many distinct values (what makes counting by list search slow), each occurring 1 to
    // maxCount times, so frequencies tie a lot; a few values are made clearly frequent.
    const small = level.index === 0;
    const n = small ? rng.int(0, size) : size;
    const maxCount = small ? rng.int(1, 4) : rng.int(6, 14);
    const nums: number[] = [];
    const used = new Set<number>();
    let distinct = 0;
    while (nums.length < n) {
      let v = rng.int(-1_000_000_000, 1_000_000_000);
      if (small && rng.bool(0.5)) v = rng.int(-5, 5);
      if (used.has(v)) continue;
      used.add(v);
      distinct++;
      const c = Math.min(n - nums.length, rng.bool(0.01) ? rng.int(maxCount, 4 * maxCount) : rng.int(1, maxCount));
      for (let t = 0; t < c; t++) nums.push(v);
    }
    rng.shuffle(nums);
    const k = small ? rng.int(0, 14) : [1, 10, Math.floor(distinct / 4), distinct + 5][level.caseIndex % 4]!;
    return [nums, k];
  },
});
