import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'dedupe-preserve-order',
  title: 'Remove duplicates, keeping the first occurrences',
  category: 'algorithm',
  tags: ['arrays', 'hashing'],
  kind: 'function',
  statement: `
Given a list of integers \`items\`, return a new list that contains each distinct value once, in
the order of its first occurrence in \`items\`.

- \`0 <= len(items) <= 10^5\`; \`-10^9 <= items[i] <= 10^9\`.
- Example: \`[3, 1, 3, 2, 1]\` gives \`[3, 1, 2]\`.
- Do not modify \`items\`.
`,
  signature: { params: [{ name: 'items', type: 'list[int]' }], returns: 'list[int]' },
  entry: { python: 'dedupe', javascript: 'dedupe' },
  cases: [
    { args: [[]], expected: [], note: 'empty list' },
    { args: [[42]], expected: [42], note: 'one element' },
    { args: [[3, 1, 3, 2, 1]], expected: [3, 1, 2], note: 'the example' },
    { args: [[7, 7, 7, 7]], expected: [7], note: 'all equal' },
    { args: [[1, 2, 3, 4]], expected: [1, 2, 3, 4], note: 'already distinct: order unchanged' },
    { args: [[0, -1, 1, -1, 0, 1]], expected: [0, -1, 1], note: 'negatives and zero' },
    { args: [[1000000000, -1000000000, 1000000000, -1000000000]], expected: [1000000000, -1000000000], note: 'extremes' },
    { args: [[5, 4, 3, 2, 1, 1, 2, 3, 4, 5]], expected: [5, 4, 3, 2, 1], note: 'first occurrence wins, not sorted order' },
  ],
  levels: enamelLevels([30, 2000, 8000, 25000]),
  generate(rng, size) {
    // Between size/12 and size/6 distinct values, so most items are repeats of earlier ones.
    const distinct = Math.max(1, rng.int(Math.floor(size / 12), Math.floor(size / 6)));
    const pool = rng.ints(distinct, -(10 ** 9), 10 ** 9);
    return [Array.from({ length: size }, () => rng.pick(pool))];
  },
});
