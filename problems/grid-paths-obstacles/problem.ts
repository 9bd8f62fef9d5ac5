import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'grid-paths-obstacles',
  title: 'Grid paths around obstacles',
  category: 'implementation',
  tags: ['dynamic-programming', 'grids'],
  kind: 'stdio',
  statement: `
A grid has \`R\` rows and \`C\` columns; each cell is open (\`.\`) or blocked (\`#\`). A path starts
in the top-left cell, ends in the bottom-right cell, moves only one cell right or one cell down
at a time, and never enters a blocked cell. Print the number of such paths modulo 1 000 000 007.

**Input.** The first line holds \`R\` and \`C\` separated by a space (\`1 <= R, C <= 1000\`). Then
follow \`R\` lines of exactly \`C\` characters, each \`.\` or \`#\`.

**Output.** One line with the number of paths modulo 1 000 000 007. If the start or the end
cell is blocked the answer is 0. A 1 x 1 grid whose only cell is open has exactly one path.
`,
  cases: [
    { stdin: '1 1\n.\n', expected: '1', note: 'single open cell' },
    { stdin: '1 1\n#\n', expected: '0', note: 'single blocked cell' },
    { stdin: '2 2\n..\n..\n', expected: '2', note: 'two paths' },
    { stdin: '3 3\n...\n.#.\n...\n', expected: '2', note: 'obstacle in the middle' },
    { stdin: '3 3\n#..\n...\n...\n', expected: '0', note: 'start blocked' },
    { stdin: '3 3\n...\n...\n..#\n', expected: '0', note: 'end blocked' },
    { stdin: '1 5\n.....\n', expected: '1', note: 'one row' },
    { stdin: '4 1\n.\n.\n#\n.\n', expected: '0', note: 'one column cut by an obstacle' },
    { stdin: '3 4\n....\n.##.\n....\n', expected: '2', note: 'around a wall' },
    { stdin: '2 3\n.#.\n#..\n', expected: '0', note: 'no way through' },
    { stdin: `18 18\n${'..................\n'.repeat(18)}`, expected: '333606206', note: 'open grid: C(34,17) exceeds the modulus' },
  ],
  levels: enamelLevels([6, 45, 80, 120]),
  generate(rng, size, level) {
    const rows = size;
    const cols = size + rng.int(0, Math.floor(size / 4));
    const kind = level.caseIndex % 4;
    const lines: string[] = [];
    for (let i = 0; i < rows; i++) {
      // Sparse to medium obstacle densities; the fourth shape adds walls with gaps every third row.
      const p = kind === 0 ? 0.04 : kind === 1 ? 0.1 : kind === 2 ? 0.16 : i % 3 === 2 ? 0.4 : 0.04;
      const cells: string[] = [];
      for (let j = 0; j < cols; j++) cells.push(rng.bool(p) ? '#' : '.');
      if (i === 0) cells[0] = '.';
      if (i === rows - 1) cells[cols - 1] = '.';
      lines.push(cells.join(''));
    }
    return `${rows} ${cols}\n${lines.join('\n')}\n`;
  },
});
