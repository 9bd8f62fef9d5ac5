import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'min-path-sum',
  title: 'Cheapest monotone path through a cost grid',
  category: 'implementation',
  tags: ['dynamic-programming', 'grids', 'memory'],
  kind: 'function',
  statement: `
Given a grid of integer costs with \`R\` rows and \`C\` columns as a list of rows, a path starts
in the top-left cell, ends in the bottom-right cell and moves one cell right or one cell down
at each step. Its cost is the sum of the costs of every cell it visits, both ends included.
Return the smallest cost of any such path.

- \`1 <= R, C <= 500\`; every row has exactly \`C\` entries; \`-10^9 <= grid[i][j] <= 10^9\`.
- Costs can be negative; the answer is exact (it stays within 10^12 in magnitude).
- Do not modify \`grid\`.
`,
  signature: { params: [{ name: 'grid', type: 'list[list[int]]' }], returns: 'int' },
  entry: { python: 'min_path_sum', javascript: 'minPathSum' },
  cases: [
    { args: [[[7]]], expected: 7, note: 'one cell: the path is that cell' },
    { args: [[[1, 3, 1], [1, 5, 1], [4, 2, 1]]], expected: 7, note: 'small square' },
    { args: [[[1, 2, 3, 4]]], expected: 10, note: 'one row: the only path' },
    { args: [[[2], [-3], [4]]], expected: 3, note: 'one column, a negative cost' },
    { args: [[[0, 0], [0, 0]]], expected: 0, note: 'all zeros: every path ties' },
    { args: [[[1, -5, 1], [1, -5, 1], [1, 1, 1]]], expected: -7, note: 'negatives pull the path through the middle column' },
    {
      args: [[[1000000000, 1000000000], [1000000000, 1000000000]]],
      expected: 3000000000,
      note: 'upper extremes: sum past 2^31',
    },
    {
      args: [[[-1000000000, -1000000000], [-1000000000, -1000000000]]],
      expected: -3000000000,
      note: 'lower extremes',
    },
    { args: [[[5, 9, 1], [1, 9, 9], [1, 1, 5]]], expected: 13, note: 'down first beats the cheap top-right cell' },
  ],
  levels: enamelLevels([6, 30, 60, 100]),
  generate(rng, size, level) {
    // R x C with C within a quarter of R; costs mostly small and non-negative, a few negative,
    // some cases over the full range.
    const rows = level.index === 0 ? rng.int(1, size) : size;
    const cols = level.index === 0 ? rng.int(1, size) : size + rng.int(0, Math.floor(size / 4));
    const wide = level.caseIndex % 2 === 1;
    const grid: number[][] = [];
    for (let i = 0; i < rows; i++) {
      const row: number[] = [];
      for (let j = 0; j < cols; j++) row.push(wide ? rng.int(-1_000_000_000, 1_000_000_000) : rng.int(-20, 1000));
      grid.push(row);
    }
    return [grid];
  },
});
