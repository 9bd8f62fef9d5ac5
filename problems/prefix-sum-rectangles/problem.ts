import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'prefix-sum-rectangles',
  title: 'Sums over many rectangles of a grid',
  category: 'algorithm',
  tags: ['grids', 'prefix-sums', 'queries'],
  kind: 'function',
  statement: `
\`grid\` is a matrix of integers with \`R\` rows and \`C\` columns, given as a list of \`R\` rows of
\`C\` values each. Each query \`(r1, c1, r2, c2)\` names the rectangle of cells \`grid[r][c]\` with
\`r1 <= r <= r2\` and \`c1 <= c <= c2\` (0-based, both corners inclusive). Return the list of the
rectangles' sums, one per query, in query order.

- \`1 <= R, C <= 1000\`, \`R * C <= 10^6\`; \`-10^6 <= grid[r][c] <= 10^6\`.
- \`0 <= len(queries) <= 10^5\`; every query has \`0 <= r1 <= r2 < R\` and \`0 <= c1 <= c2 < C\`.
  Queries may repeat. With no queries, return an empty list.
- A sum can reach \`10^12\` in absolute value; return it exactly.
- Do not modify the arguments.

Example: for \`grid = [[1, 2, 3], [4, 5, 6]]\`, the query \`(0, 1, 1, 2)\` covers 2, 3, 5 and 6:
its sum is 16.
`,
  signature: {
    params: [
      { name: 'grid', type: 'list[list[int]]' },
      { name: 'queries', type: 'list[tuple[int, int, int, int]]' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'rectangle_sums', javascript: 'rectangleSums' },
  cases: [
    { args: [[[1, 2, 3], [4, 5, 6]], [[0, 1, 1, 2]]], expected: [16], note: 'the example' },
    { args: [[[7]], [[0, 0, 0, 0]]], expected: [7], note: 'one cell' },
    { args: [[[1, 2], [3, 4]], []], expected: [], note: 'no queries' },
    {
      args: [[[1, -2, 3, -4, 5]], [[0, 0, 0, 4], [0, 1, 0, 3], [0, 2, 0, 2]]],
      expected: [3, -3, 3],
      note: 'one row, negatives',
    },
    { args: [[[1], [2], [3], [4]], [[1, 0, 2, 0], [0, 0, 3, 0], [3, 0, 3, 0]]], expected: [5, 10, 4], note: 'one column' },
    {
      args: [
        [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ],
        [
          [0, 0, 2, 2],
          [1, 1, 1, 1],
          [0, 0, 2, 2],
          [1, 0, 2, 1],
        ],
      ],
      expected: [45, 5, 45, 24],
      note: 'whole grid, a middle cell, a repeated query',
    },
    {
      args: [
        [
          [1000000, 1000000],
          [1000000, 1000000],
        ],
        [[0, 0, 1, 1]],
      ],
      expected: [4000000],
      note: 'extreme values',
    },
    {
      args: [
        [
          [-1000000, 5, -1000000],
          [3, -1000000, 0],
        ],
        [
          [0, 0, 1, 2],
          [0, 1, 1, 1],
          [1, 2, 1, 2],
        ],
      ],
      expected: [-2999992, -999995, 0],
      note: 'negative extremes, a zero cell',
    },
  ],
  levels: enamelLevels([8, 50, 90, 130]),
  generate(rng, size, level) {
    // A size x (size .. 1.25 size) grid and about size * 12 queries. Rectangles are wide and
    // mostly a few rows tall: summing cells is far slower than a prefix-sum lookup, and
    // per-row prefix sums pay for each row a rectangle spans.
    const rows = level.index === 0 ? rng.int(1, size) : size;
    const cols = level.index === 0 ? rng.int(1, size) : size + rng.int(0, Math.floor(size / 4));
    const grid = Array.from({ length: rows }, () => rng.ints(cols, -1000, 1000));
    const q = level.index === 0 ? rng.int(0, 20) : size * 12;
    const queries: [number, number, number, number][] = [];
    for (let i = 0; i < q; i++) {
      const height = Math.min(rows, rng.float() < 0.9 ? rng.int(1, 4) : rng.int(1, rows));
      const width = rng.int(1, cols);
      const r1 = rng.int(0, rows - height);
      const c1 = rng.int(0, cols - width);
      queries.push([r1, c1, r1 + height - 1, c1 + width - 1]);
    }
    return [grid, queries];
  },
});
