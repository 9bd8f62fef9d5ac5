import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'k-way-merge',
  title: 'Merge arithmetic progressions',
  category: 'algorithm',
  tags: ['heaps', 'merging'],
  kind: 'function',
  statement: `
Each entry \`(start, step)\` of \`progressions\` stands for the endless increasing sequence
\`start, start + step, start + 2 * step, ...\`. Merge all the sequences into one sorted
sequence (values that occur in several sequences, or several times, appear once per
occurrence) and return its first \`m\` values, in non-decreasing order.

- \`0 <= len(progressions) <= 10^4\`; \`0 <= m <= 10^5\`.
- \`-10^9 <= start <= 10^9\`; \`1 <= step <= 10^6\`.
- If \`progressions\` is empty, return an empty list whatever \`m\` is.
- Do not modify the arguments.
`,
  signature: {
    params: [
      { name: 'progressions', type: 'list[tuple[int, int]]' },
      { name: 'm', type: 'int' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'merge_progressions', javascript: 'mergeProgressions' },
  cases: [
    { args: [[], 3], expected: [], note: 'no progressions' },
    { args: [[[5, 2]], 0], expected: [], note: 'm = 0' },
    { args: [[[5, 2]], 4], expected: [5, 7, 9, 11], note: 'one progression' },
    { args: [[[1, 3], [2, 3], [3, 3]], 7], expected: [1, 2, 3, 4, 5, 6, 7], note: 'interleaved progressions' },
    { args: [[[0, 2], [0, 3]], 7], expected: [0, 0, 2, 3, 4, 6, 6], note: 'shared values appear once per progression' },
    { args: [[[4, 1], [4, 1]], 3], expected: [4, 4, 5], note: 'identical progressions' },
    { args: [[[1000000000, 1000000], [-1000000000, 1000000]], 3], expected: [-1000000000, -999000000, -998000000], note: 'extremes: one progression supplies everything' },
    { args: [[[10, 100], [0, 1]], 12], expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10], note: 'a slow progression joins late' },
  ],
  levels: enamelLevels([10, 600, 1200, 2400]),
  generate(rng, size, level) {
    // m = size, k = size / 8 progressions with spread starts and steps, so most of them supply
    // some of the first m values.
    const small = level.index === 0;
    const m = small ? rng.int(0, size) : size;
    const k = small ? rng.int(0, 6) : Math.floor(size / 8);
    const progressions: [number, number][] = [];
    for (let i = 0; i < k; i++) progressions.push([rng.int(-1_000_000, 1_000_000), rng.int(1, 20_000)]);
    return [progressions, m];
  },
});
