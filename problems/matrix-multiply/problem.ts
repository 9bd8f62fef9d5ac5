import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'matrix-multiply',
  title: 'Integer matrix product',
  category: 'implementation',
  tags: ['matrices', 'arithmetic'],
  kind: 'function',
  statement: `
Given an \`n x m\` integer matrix \`a\` and an \`m x p\` integer matrix \`b\`, both as lists of
rows, return their product \`c = a * b\`: the \`n x p\` matrix with
\`c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + ... + a[i][m-1] * b[m-1][j]\`, as a list
of \`n\` rows of \`p\` integers.

- \`0 <= n <= 200\`; \`1 <= m, p <= 200\`; every row of \`a\` has \`m\` elements and every row
  of \`b\` has \`p\` elements; \`-10^9 <= a[i][k], b[k][j] <= 10^9\`.
- When \`n = 0\` (\`a\` is empty) return an empty list.
- Entries of the result can reach about \`2 * 10^20\` in magnitude; return them exactly
  (Python ints do not overflow).
- Do not modify \`a\` or \`b\`.
`,
  signature: {
    params: [
      { name: 'a', type: 'list[list[int]]' },
      { name: 'b', type: 'list[list[int]]' },
    ],
    returns: 'list[list[int]]',
  },
  entry: { python: 'matrix_multiply', javascript: 'matrixMultiply' },
  cases: [
    { args: [[], [[1, 2]]], expected: [], note: 'no rows in a' },
    { args: [[[3]], [[-4]]], expected: [[-12]], note: '1 x 1' },
    { args: [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], expected: [[19, 22], [43, 50]], note: '2 x 2' },
    { args: [[[1, 2, 3]], [[4], [5], [6]]], expected: [[32]], note: 'row times column: 1 x 1 result' },
    { args: [[[4], [5], [6]], [[1, 2, 3]]], expected: [[4, 8, 12], [5, 10, 15], [6, 12, 18]], note: 'column times row: outer product' },
    { args: [[[1, 0], [0, 1]], [[9, -8], [7, 6]]], expected: [[9, -8], [7, 6]], note: 'identity on the left' },
    { args: [[[2, -3, 0], [-1, 4, 5]], [[1, 2], [3, -4], [0, 7]]], expected: [[-7, 16], [11, 17]], note: 'rectangular, negatives' },
    { args: [[[0, 0]], [[5, 6], [7, 8]]], expected: [[0, 0]], note: 'zero row' },
    { args: [[[1000000, 1000000]], [[1000000], [-1000000]]], expected: [[0]], note: 'large products cancel' },
  ],
  levels: enamelLevels([6, 25, 50, 100]),
  generate(rng, size, level) {
    // Scored levels: an n x m matrix times an m x p one, with n (the number of rows) growing
    // with the level and the inner and outer widths m, p between 17 and 19 on every level.
    // Entries span the full range, so products are multi-digit integers. The correctness
    // level builds random shapes, including thin and empty ones, and small entries too.
    const small = level.index === 0;
    const n = small ? (rng.bool(0.1) ? 0 : rng.int(1, size)) : rng.int(Math.floor(size * 0.85), size);
    const m = small ? rng.int(1, size) : rng.int(17, 19);
    const p = small ? rng.int(1, size) : rng.int(17, 19);
    const span = small ? rng.pick([3, 1_000_000_000]) : 1_000_000_000;
    const mat = (rows: number, cols: number) => Array.from({ length: rows }, () => rng.ints(cols, -span, span));
    return [mat(n, m), mat(m, p)];
  },
});
