import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'partition-equal-subset',
  title: 'Partition into two equal-sum halves',
  category: 'implementation',
  tags: ['dynamic-programming', 'bit-manipulation'],
  kind: 'function',
  statement: `
Given a list of positive integers \`nums\`, decide whether it can be split into two groups with
equal sums: every element goes into exactly one of the two groups (a group may be empty).
Return \`True\` if such a split exists, otherwise \`False\`.

- \`0 <= len(nums) <= 300\`; \`1 <= nums[i] <= 1000\`; values may repeat.
- The empty list splits into two empty groups, so its answer is \`True\`.
- Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }], returns: 'bool' },
  entry: { python: 'can_partition', javascript: 'canPartition' },
  cases: [
    { args: [[]], expected: true, note: 'empty list: two empty groups' },
    { args: [[1]], expected: false, note: 'one element' },
    { args: [[2, 2]], expected: true, note: 'two equal elements' },
    { args: [[1, 5, 11, 5]], expected: true, note: 'classic example' },
    { args: [[1, 2, 3, 5]], expected: false, note: 'odd total' },
    { args: [[2, 2, 3, 5]], expected: false, note: 'even total, still impossible' },
    { args: [[3, 3, 3, 4, 5]], expected: true, note: 'duplicates used on both sides' },
    { args: [[1000, 1000]], expected: true, note: 'largest values' },
    { args: [[1, 2, 1000, 995]], expected: false, note: 'one element larger than half the total' },
    { args: [[6, 3, 3, 3, 3]], expected: true, note: 'one large element against many small ones' },
  ],
  levels: enamelLevels([10, 100, 150, 200]),
  generate(rng, size, level) {
    const n = size;
    const kind = level.caseIndex % 4;
    // Kinds 2 and 3 draw from a narrow range, so every value repeats several times.
    const cap = kind >= 2 ? Math.max(6, Math.floor(size / 6)) : Math.min(1000, size * 4);
    let nums: number[];
    if (kind % 2 === 0) {
      // Usually possible: random values, the total made even.
      nums = rng.ints(n, 1, cap);
    } else {
      // Impossible, but not by parity or size: all multiples of 3 except one value that is
      // 1 mod 3, so every subset sum is 0 or 1 mod 3 while half the total is 2 mod 3.
      nums = Array.from({ length: n - 1 }, () => 3 * rng.int(1, Math.floor(cap / 3)));
      nums.push(3 * rng.int(0, Math.floor((cap - 1) / 3)) + 1);
      rng.shuffle(nums);
    }
    const total = nums.reduce((s, x) => s + x, 0);
    if (total % 2 === 1) {
      // Fix the parity, keeping each value's residue mod 3 and the bounds.
      const i = rng.int(0, n - 1);
      nums[i] = nums[i]! + 3 <= 1000 ? nums[i]! + 3 : nums[i]! - 3;
    }
    return [nums];
  },
});
