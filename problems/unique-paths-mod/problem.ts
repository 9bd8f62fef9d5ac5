import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'unique-paths-mod',
  title: 'King paths through a grid',
  category: 'implementation',
  tags: ['dynamic-programming', 'grids', 'memory'],
  kind: 'function',
  statement: `
\`grid\` is a list of \`R\` strings of equal length \`C\`; each character is \`.\` (open) or \`#\`
(blocked). A path starts at the top-left cell and ends at the bottom-right cell; each step
moves one cell right, one cell down, or one cell diagonally down-right, and never enters a
blocked cell. Return the number of such paths modulo 1 000 000 007.

- \`1 <= R, C <= 1000\`.
- If the start or the end cell is blocked the answer is 0; a 1 x 1 grid with an open cell has
  one path (of no steps).
- Do not modify \`grid\`.
`,
  signature: { params: [{ name: 'grid', type: 'list[str]' }], returns: 'int' },
  entry: { python: 'count_king_paths', javascript: 'countKingPaths' },
  cases: [
    { args: [['.']], expected: 1, note: 'one open cell' },
    { args: [['#']], expected: 0, note: 'one blocked cell' },
    { args: [['..', '..']], expected: 3, note: 'right-down, down-right, diagonal' },
    { args: [['...', '...', '...']], expected: 13, note: 'a Delannoy number' },
    { args: [['.#', '..']], expected: 2, note: 'the top-right cell is blocked' },
    { args: [['.#', '#.']], expected: 1, note: 'only the diagonal step' },
    { args: [['.....']], expected: 1, note: 'one row' },
    { args: [['..', '..', '#.']], expected: 4, note: 'a blocked cell in the last row' },
    { args: [['...', '...', '..#']], expected: 0, note: 'end blocked' },
    { args: [Array.from({ length: 20 }, () => '.'.repeat(20))], expected: 429594000, note: 'open 20 x 20 grid: the count exceeds the modulus' },
  ],
  levels: enamelLevels([6, 40, 70, 100]),
  generate(rng, size, level) {
    const rows = size;
    const cols = size + rng.int(0, Math.floor(size / 4));
    // Obstacle densities from sparse to dense; the last shape adds walls with gaps.
    const kind = level.caseIndex % 4;
    const lines: string[] = [];
    for (let i = 0; i < rows; i++) {
      const p = kind === 0 ? 0.01 : kind === 1 ? 0.04 : kind === 2 ? 0.08 : i % 4 === 3 ? 0.5 : 0.02;
      const cells: string[] = [];
      for (let j = 0; j < cols; j++) cells.push(rng.bool(p) ? '#' : '.');
      if (i === 0) cells[0] = '.';
      if (i === rows - 1) cells[cols - 1] = '.';
      lines.push(cells.join(''));
    }
    return [lines];
  },
});
