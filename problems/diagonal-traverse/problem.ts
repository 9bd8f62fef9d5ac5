import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'diagonal-traverse',
  title: 'Zigzag diagonal order of a matrix',
  category: 'implementation',
  tags: ['grids', 'matrices', 'traversal', 'memory'],
  kind: 'function',
  statement: `
\`grid\` is a matrix with \`R\` rows and \`C\` columns, given as a list of \`R\` rows of \`C\` integers.
List its values in zigzag diagonal order: take the anti-diagonals \`d = r + c\` for
\`d = 0, 1, ..., R + C - 2\` in turn; along an even \`d\` list its cells by decreasing row index \`r\`
(up and to the right), along an odd \`d\` by increasing \`r\` (down and to the left). Return the checksum of that list \`v_1, v_2, ..., v_(R*C)\`: the sum of \`k * v_k\`.

- \`0 <= R <= 1000\`, \`1 <= C <= 1000\`, \`R * C <= 10^6\`; \`-1000 <= grid[r][c] <= 1000\`; values
  may repeat. The checksum is below 2^53 in absolute value.
- An empty grid (no rows) has checksum 0.
- Do not modify \`grid\`.

Example: \`[[1, 2, 3], [4, 5, 6], [7, 8, 9]]\` is listed as \`1, 2, 4, 7, 5, 3, 6, 8, 9\`, so the answer
is \`1*1 + 2*2 + 3*4 + 4*7 + 5*5 + 6*3 + 7*6 + 8*8 + 9*9 = 275\`.
`,
  signature: { params: [{ name: 'grid', type: 'list[list[int]]' }], returns: 'int' },
  entry: { python: 'diagonal_checksum', javascript: 'diagonalChecksum' },
  cases: [
    {
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
      ],
      expected: 275,
      note: 'the example',
    },
    { args: [[]], expected: 0, note: 'no rows' },
    { args: [[[42]]], expected: 42, note: 'one cell' },
    { args: [[[1, 2, 3, 4]]], expected: 30, note: 'one row: 1, 2, 3, 4' },
    { args: [[[4], [3], [2], [1]]], expected: 20, note: 'one column: 4, 3, 2, 1' },
    {
      args: [
        [
          [1, 2, 3, 4],
          [5, 6, 7, 8],
        ],
      ],
      expected: 196,
      note: 'wide: 1, 2, 5, 6, 3, 4, 7, 8 (upward diagonals start on the bottom row)',
    },
    {
      args: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
          [7, 8],
        ],
      ],
      expected: 203,
      note: 'tall: 1, 2, 3, 5, 4, 6, 7, 8 (downward diagonals end on the left column)',
    },
    {
      args: [
        [
          [-1000, 1000, -1000],
          [1000, -1000, 1000],
        ],
      ],
      expected: 1000,
      note: 'extremes, repeated: -1000, 1000, 1000, -1000, -1000, 1000',
    },
  ],
  levels: enamelLevels([7, 50, 90, 130]),
  generate(rng, size, level) {
    // Wider than tall: R = size / 2 .. size rows of C = 1.5 size .. 2 size columns.
    const rows = level.index === 0 ? rng.int(0, size) : rng.int(Math.floor(size / 2), size);
    const cols = level.index === 0 ? rng.int(1, size) : rng.int(Math.floor((3 * size) / 2), 2 * size);
    return [Array.from({ length: rows }, () => rng.ints(cols, -1000, 1000))];
  },
});
