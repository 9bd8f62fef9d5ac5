import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'count-islands',
  title: 'Islands on a map: how many, and the largest',
  category: 'implementation',
  tags: ['grids', 'flood-fill', 'stdio', 'memory'],
  kind: 'stdio',
  statement: `
A map has \`R\` rows and \`C\` columns; each cell is land (\`#\`) or water (\`.\`). Two land cells
belong to the same island when one can walk from one to the other through land cells, each
step going one cell up, down, left or right (diagonal steps do not connect). Print the number
of islands and the number of cells of the largest island.

**Input.** The first line holds \`R\` and \`C\` separated by a space (\`1 <= R, C <= 1000\`). Then
follow \`R\` lines of exactly \`C\` characters, each \`#\` or \`.\`; every line ends with \`\\n\`.

**Output.** One line: the number of islands, a space, and the size of the largest island.
A map without land prints \`0 0\`. An island can be a long winding path of up to \`R * C\`
cells: a recursive search may run out of stack.
`,
  cases: [
    { stdin: '1 1\n.\n', expected: '0 0\n', note: 'one water cell' },
    { stdin: '1 1\n#\n', expected: '1 1\n', note: 'one land cell' },
    { stdin: '2 3\n###\n###\n', expected: '1 6\n', note: 'all land' },
    { stdin: '3 3\n#.#\n.#.\n#.#\n', expected: '5 1\n', note: 'diagonal neighbours do not connect' },
    { stdin: '4 4\n####\n#..#\n#..#\n####\n', expected: '1 12\n', note: 'a ring around a lake is one island' },
    { stdin: '1 7\n##.#.##\n', expected: '3 2\n', note: 'one row, ties for the largest' },
    { stdin: '5 1\n#\n#\n.\n#\n.\n', expected: '2 2\n', note: 'one column' },
    { stdin: '3 5\n#.#.#\n#.#.#\n###.#\n', expected: '2 7\n', note: 'a U shape joins two arms; the right column stands apart' },
    { stdin: '5 5\n#####\n....#\n#####\n#....\n#####\n', expected: '1 17\n', note: 'a snake' },
  ],
  levels: enamelLevels([8, 30, 48, 65]),
  generate(rng, size, level) {
    const rows = level.index === 0 ? rng.int(1, size) : size;
    const cols = level.index === 0 ? rng.int(1, size) : size + rng.int(0, Math.floor(size / 4));
    const kind = level.caseIndex % 4;
    const lines: string[] = [];
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < cols; c++) {
        let land: boolean;
        if (kind === 3) {
          // A serpentine: full rows joined at alternating ends, plus sparse specks of noise.
          land = r % 2 === 0 || c === ((r >> 1) % 2 === 0 ? cols - 1 : 0) || rng.bool(0.05);
        } else {
          // Densities around the site-percolation threshold (0.59): many islands, some huge.
          land = rng.bool(kind === 0 ? 0.45 : kind === 1 ? 0.58 : 0.65);
        }
        line += land ? '#' : '.';
      }
      lines.push(line);
    }
    return `${rows} ${cols}\n${lines.join('\n')}\n`;
  },
});
