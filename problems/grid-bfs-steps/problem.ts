import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'grid-bfs-steps',
  title: 'Fewest steps through a grid',
  category: 'implementation',
  tags: ['graphs', 'bfs', 'grids'],
  kind: 'stdio',
  statement: `
A grid has \`R\` rows and \`C\` columns. Each cell is one of \`S\` (the start), \`T\` (the target), \`.\`
(open) or \`#\` (wall). A step moves from a cell to one of its up to four neighbours (up, down,
left, right) that is not a wall and lies inside the grid. Print the smallest number of steps
from \`S\` to \`T\`, or \`-1\` when \`T\` cannot be reached.

**Input.** The first line holds \`R C\`. Each of the next \`R\` lines holds exactly \`C\` characters
from \`S T . #\`.

- \`1 <= R, C <= 1000\`; \`R * C >= 2\`.
- Exactly one \`S\` and exactly one \`T\` occur, in different cells. \`S\` and \`T\` are not walls.

**Output.** One line with the number of steps, or \`-1\`.
`,
  cases: [
    { stdin: '1 2\nST\n', expected: '1', note: 'smallest grid, adjacent cells' },
    { stdin: '2 1\nT\nS\n', expected: '1', note: 'a single column' },
    { stdin: '1 3\nS#T\n', expected: '-1', note: 'a wall in the only corridor' },
    { stdin: '3 3\nS..\n.#.\n..T\n', expected: '4', note: 'around a central wall' },
    { stdin: '3 4\nS#..\n.#T#\n..##\n', expected: '-1', note: 'target in a separate region' },
    {
      stdin: '5 5\nS....\n####.\n.....\n.####\n....T\n',
      expected: '16',
      note: 'a winding corridor',
    },
    { stdin: '4 4\n....\n.T..\n....\n...S\n', expected: '4', note: 'open grid, target up and left' },
    { stdin: '2 3\nT#S\n...\n', expected: '4', note: 'detour below a wall' },
  ],
  levels: enamelLevels([8, 40, 80, 105]),
  generate(rng, size, level) {
    const R = size + rng.int(0, 3);
    const C = size + rng.int(0, 3);
    const g: string[][] = Array.from({ length: R }, () => new Array<string>(C).fill('.'));
    const shape = level.caseIndex % 4;
    if (shape === 0) {
      // Scattered walls; the target in the far corner.
      for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) if (rng.bool(0.25)) g[r]![c] = '#';
    } else if (shape === 1) {
      // Wall rows with one gap each, alternating sides: a long winding path.
      for (let r = 1; r < R - 1; r += 2) {
        for (let c = 0; c < C; c++) g[r]![c] = '#';
        const gap = (r >> 1) % 2 === 0 ? rng.int(C - 3 > 0 ? C - 3 : 0, C - 1) : rng.int(0, Math.min(2, C - 1));
        g[r]![gap] = '.';
      }
    } else if (shape === 2) {
      // Few walls, so the search frontier is wide.
      for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) if (rng.bool(0.05)) g[r]![c] = '#';
    } else {
      // Scattered walls and a target sealed off by a ring of walls: the answer is -1 after
      // the whole reachable area is searched.
      for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) if (rng.bool(0.2)) g[r]![c] = '#';
      g[R - 2]![C - 1] = '#';
      g[R - 1]![C - 2] = '#';
      g[R - 2]![C - 2] = '#';
    }
    g[0]![0] = 'S';
    g[R - 1]![C - 1] = 'T';
    if (shape !== 3) {
      // Keep the target's corner open so it is usually reachable.
      if (R > 1) g[R - 2]![C - 1] = '.';
      if (C > 1) g[R - 1]![C - 2] = '.';
    }
    return `${R} ${C}\n${g.map((row) => row.join('')).join('\n')}\n`;
  },
});
