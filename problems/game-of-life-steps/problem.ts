import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'game-of-life-steps',
  title: 'Game of Life after k generations',
  category: 'implementation',
  tags: ['simulation', 'grid', 'cellular-automaton', 'memory'],
  kind: 'function',
  statement: `
Conway's Game of Life runs on a bounded board given as \`grid\`: a list of \`h\` strings of equal
length \`w\`, where \`'#'\` is a live cell and \`'.'\` a dead one. Every cell outside the board is
dead forever. Advance the board by \`k\` generations and return it in the same form.

In one generation every cell looks at its 8 neighbours (horizontal, vertical and diagonal)
at once: a live cell with 2 or 3 live neighbours stays alive, a dead cell with exactly 3 live
neighbours becomes alive, and every other cell is dead in the next generation.

- \`0 <= h, w <= 300\` (when \`h = 0\` the grid is empty; every row may also be empty);
  \`0 <= k <= 1000\`; \`h * w * k <= 10^6\`.
- \`k = 0\` returns the board unchanged. Only the final board is asked for.
`,
  signature: {
    params: [
      { name: 'grid', type: 'list[str]' },
      { name: 'k', type: 'int' },
    ],
    returns: 'list[str]',
  },
  entry: { python: 'life_after', javascript: 'lifeAfter' },
  cases: [
    { args: [[], 5], expected: [], note: 'empty board' },
    { args: [['', ''], 3], expected: ['', ''], note: 'rows of width zero' },
    { args: [['#'], 1], expected: ['.'], note: 'a lone cell dies' },
    { args: [['.#.', '.#.', '.#.'], 0], expected: ['.#.', '.#.', '.#.'], note: 'k = 0 is the identity' },
    { args: [['.#.', '.#.', '.#.'], 1], expected: ['...', '###', '...'], note: 'blinker turns' },
    { args: [['.#.', '.#.', '.#.'], 2], expected: ['.#.', '.#.', '.#.'], note: 'blinker has period 2' },
    { args: [['##', '##'], 7], expected: ['##', '##'], note: 'block still life touching every edge' },
    { args: [['###'], 1], expected: ['.#.'], note: 'cells beyond the edge stay dead' },
    {
      args: [['.#...', '..#..', '###..', '.....', '.....'], 4],
      expected: ['.....', '..#..', '...#.', '.###.', '.....'],
      note: 'glider moves one cell diagonally in 4 generations',
    },
    {
      args: [['.#...', '..#..', '###..', '.....', '.....'], 12],
      expected: ['.....', '.....', '.....', '...##', '...##'],
      note: 'glider hits the corner and becomes a block',
    },
    { args: [['####', '####', '####'], 1], expected: ['#..#', '....', '#..#'], note: 'overcrowding kills the middle' },
  ],
  levels: enamelLevels([8, 40, 60, 75]),
  generate(rng, size, level) {
    // A size x size board about 40% alive, run for size / 2 generations (a soup that keeps
    // changing); the correctness level also draws non-square boards and k = 0.
    const small = level.index === 0;
    const h = small ? rng.int(0, size) : size;
    const w = small ? rng.int(0, size) : size;
    const k = small ? rng.int(0, 2 * size) : Math.floor(size / 2);
    const grid = Array.from({ length: h }, () => rng.string(w, '##...'));
    return [grid, k];
  },
});
