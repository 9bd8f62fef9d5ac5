import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'next-greater-element',
  title: 'Next greater element',
  category: 'algorithm',
  tags: ['arrays', 'stacks', 'monotonic-stack'],
  kind: 'function',
  statement: `
Given a list of non-negative integers \`nums\`, return a list \`result\` of the same length
where \`result[i]\` is the value of the first element to the right of position \`i\` that is
strictly greater than \`nums[i]\`, i.e. \`nums[j]\` for the smallest \`j > i\` with
\`nums[j] > nums[i]\`. When no such element exists, \`result[i]\` is \`-1\`.

- \`0 <= len(nums) <= 10^5\`; \`0 <= nums[i] <= 10^9\` (so \`-1\` always means "none").
- Equal values are not greater: \`[2, 2]\` gives \`[-1, -1]\`.
- An empty list gives an empty list. Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }], returns: 'list[int]' },
  entry: { python: 'next_greater', javascript: 'nextGreater' },
  cases: [
    { args: [[]], expected: [], note: 'empty list' },
    { args: [[7]], expected: [-1], note: 'one element' },
    { args: [[2, 2, 2]], expected: [-1, -1, -1], note: 'equal values are not greater' },
    { args: [[1, 2, 3, 4]], expected: [2, 3, 4, -1], note: 'increasing' },
    { args: [[4, 3, 2, 1]], expected: [-1, -1, -1, -1], note: 'decreasing' },
    { args: [[2, 1, 2, 4, 3]], expected: [4, 2, 4, -1, -1], note: 'the first greater, not the largest' },
    { args: [[5, 1, 1, 1, 6, 0]], expected: [6, 6, 6, 6, -1, -1], note: 'several wait for the same element' },
    { args: [[0, 1000000000, 0, 999999999]], expected: [1000000000, -1, 999999999, -1], note: 'extreme values' },
  ],
  levels: enamelLevels([30, 1000, 3000, 6500]),
  generate(rng, size, level) {
    // Scored levels use worst cases for scanning to the right (many elements wait long or
    // forever); the correctness level also tries plain random values.
    const shape = level.index === 0 ? rng.int(0, 4) : level.caseIndex % 4;
    const nums: number[] = [];
    if (shape === 0) {
      // Falling staircase with noise: about half the elements have no greater one at all,
      // and the others find theirs right away.
      const step = rng.int(2, 4);
      for (let i = 0; i < size; i++) nums.push((size - i) * step + rng.int(0, 5));
    } else if (shape === 1) {
      // Long descending runs with many equal values, now and then bumping up a little.
      let v = 1_000_000_000 - rng.int(0, 1000);
      for (let i = 0; i < size; i++) {
        nums.push(v);
        if (rng.bool(0.3)) v -= rng.int(1, 3);
        if (rng.bool(0.002)) v += rng.int(0, 50);
      }
    } else if (shape === 2) {
      // Decreasing with rare random peaks that answer many waiting elements at once.
      for (let i = 0; i < size; i++) nums.push(rng.bool(0.01) ? rng.int(0, 1_000_000_000) : (size - i) * 1000 + rng.int(0, 999));
    } else if (shape === 3) {
      // Rising sawtooth: descending blocks, each starting above the previous block's start,
      // so a whole block waits for the next one.
      let start = rng.int(0, 1000);
      let i = 0;
      while (i < size) {
        const len = Math.min(size - i, rng.int(1, Math.max(1, Math.floor(size / 6))));
        start += rng.int(1, 100);
        let v = start;
        for (let t = 0; t < len; t++, i++) {
          nums.push(Math.max(0, v));
          v -= rng.int(0, 2);
        }
        start = Math.max(start, v + len * 2);
      }
    } else {
      for (let i = 0; i < size; i++) nums.push(rng.int(0, rng.pick([3, 1_000_000_000])));
    }
    return [nums];
  },
});
