import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'sliding-window-maximum',
  title: 'Sliding window maximum',
  category: 'algorithm',
  tags: ['arrays', 'sliding-window', 'monotonic-queue'],
  kind: 'function',
  statement: `
Given a list of integers \`nums\` and a window width \`w\`, return the maximum of every window
of \`w\` consecutive elements, from left to right: the result has \`len(nums) - w + 1\`
elements and \`result[i] = max(nums[i], ..., nums[i + w - 1])\`.

- \`0 <= len(nums) <= 10^5\`; \`-10^9 <= nums[i] <= 10^9\`; \`1 <= w <= 10^5\`.
- When \`len(nums) < w\` there is no complete window: return an empty list.
- Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }, { name: 'w', type: 'int' }], returns: 'list[int]' },
  entry: { python: 'window_maxima', javascript: 'windowMaxima' },
  cases: [
    { args: [[], 1], expected: [], note: 'empty list' },
    { args: [[4], 1], expected: [4], note: 'one element, width 1' },
    { args: [[1, 2], 3], expected: [], note: 'window wider than the list' },
    { args: [[1, 3, -1, -3, 5, 3, 6, 7], 3], expected: [3, 3, 5, 5, 6, 7], note: 'classic' },
    { args: [[5, 1, 2, 3], 4], expected: [5], note: 'one window covering everything' },
    { args: [[2, 7, -4, 7], 1], expected: [2, 7, -4, 7], note: 'width 1 returns the input' },
    { args: [[9, 8, 7, 6, 5], 2], expected: [9, 8, 7, 6], note: 'decreasing: the maximum leaves the window' },
    { args: [[3, 3, 3, 3], 2], expected: [3, 3, 3], note: 'duplicates' },
    { args: [[-1000000000, -1000000000, 1000000000, -5], 2], expected: [-1000000000, 1000000000, 1000000000], note: 'extreme values' },
  ],
  levels: enamelLevels([30, 1000, 3000, 6000]),
  generate(rng, size, level) {
    const small = level.index === 0;
    const n = small ? rng.int(0, size) : size;
    // Wide windows make recomputing each maximum expensive; the correctness level also uses
    // widths from 1 up to a little beyond the list length.
    const w = small ? rng.int(1, size + 2) : rng.int(Math.floor(size / 10), Math.floor(size / 3));
    const shape = small ? rng.int(0, 3) : level.caseIndex % 4;
    const nums: number[] = [];
    for (let i = 0; i < n; i++) {
      if (shape === 0) nums.push(rng.int(-1_000_000_000, 1_000_000_000));
      else if (shape === 1) nums.push((n - i) * 1000 + rng.int(-3000, 3000)); // mostly falling: long deque
      else if (shape === 2) nums.push(i * 1000 + rng.int(-3000, 3000)); // mostly rising
      else nums.push(rng.int(-5, 5)); // many ties
    }
    return [nums, w];
  },
});
