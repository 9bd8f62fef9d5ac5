import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'spiral-matrix-order',
  title: 'Spiral order of a matrix',
  category: 'algorithm',
  tags: ['matrix', 'grid', 'simulation', 'memory'],
  kind: 'function',
  statement: `
Given a matrix as a list of rows, list its elements in clockwise spiral order: start at the
top-left element, go right along the top row, down the right column, left along the bottom row,
up the left column, then continue the same way inwards on the part not yet visited, until every
element has been listed exactly once. Return the checksum of that list \`s\`: the sum of
\`(k + 1) * s[k]\` over its positions \`k = 0, 1, ...\` (0 for the empty matrix).

- \`0 <= R <= 400\` rows, each of the same length \`C\`, \`1 <= C <= 400\` (no rows at all is
  the empty matrix); \`-1000 <= matrix[i][j] <= 1000\`; values may repeat.
- A single row is read left to right, a single column top to bottom.
- Do not modify \`matrix\`.

Example: \`[[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]\` is listed as
\`[1, 2, 3, 6, 9, 12, 11, 10, 7, 4, 5, 8]\`, whose checksum is 566.
`,
  signature: { params: [{ name: 'matrix', type: 'list[list[int]]' }], returns: 'int' },
  entry: { python: 'spiral_checksum', javascript: 'spiralChecksum' },
  cases: [
    { args: [[[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]], expected: 566, note: 'the example: 4 x 3' },
    { args: [[]], expected: 0, note: 'the empty matrix' },
    { args: [[[5]]], expected: 5, note: 'one element' },
    { args: [[[1, 2, 3, 4]]], expected: 30, note: 'a single row, left to right' },
    { args: [[[1], [2], [3]]], expected: 14, note: 'a single column, top to bottom' },
    { args: [[[1, 2], [4, 3]]], expected: 30, note: '2 x 2' },
    { args: [[[1, 2, 3, 4], [10, 11, 12, 5], [9, 8, 7, 6]]], expected: 650, note: '3 x 4: the centre is a row' },
    { args: [[[1, 2, 3], [10, 11, 4], [9, 12, 5], [8, 7, 6]]], expected: 650, note: '4 x 3: the centre is a column' },
    { args: [[[-1, -1, 1000], [0, 0, -1000], [7, 7, 7]]], expected: -877, note: 'negatives, duplicates and extremes' },
    { args: [[[3, -2], [5, 0], [-4, 1]]], expected: 13, note: '3 x 2: [3, -2, 0, 1, -4, 5]' },
  ],
  levels: enamelLevels([6, 60, 120, 200]),
  generate(rng, size) {
    // Roughly size x size, each side drawn from [size/2, size], so shapes are square and not.
    const rows = rng.int(Math.max(1, Math.floor(size / 2)), size);
    const cols = rng.int(Math.max(1, Math.floor(size / 2)), size);
    return [Array.from({ length: rows }, () => rng.ints(cols, -1000, 1000))];
  },
});
