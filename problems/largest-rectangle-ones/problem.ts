import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'largest-rectangle-ones',
  title: 'Largest all-ones rectangle in a binary matrix',
  category: 'implementation',
  tags: ['grids', 'stacks', 'stdio', 'memory'],
  kind: 'stdio',
  statement: `
A binary matrix has \`R\` rows and \`C\` columns of digits \`0\` and \`1\`. Print the area (number of
cells) of the largest axis-aligned rectangle of consecutive rows and consecutive columns whose
cells are all \`1\`.

**Input.** The first line holds \`R\` and \`C\` separated by a space (\`1 <= R, C <= 2000\`). Then
follow \`R\` lines of exactly \`C\` characters, each \`0\` or \`1\`; every line ends with \`\\n\`.

**Output.** One line with the largest area; \`0\` when the matrix has no \`1\`.
`,
  cases: [
    { stdin: '1 1\n0\n', expected: '0\n', note: 'one zero' },
    { stdin: '1 1\n1\n', expected: '1\n', note: 'one one' },
    { stdin: '2 3\n000\n000\n', expected: '0\n', note: 'all zeros' },
    { stdin: '3 4\n1111\n1111\n1111\n', expected: '12\n', note: 'all ones' },
    { stdin: '1 8\n11101111\n', expected: '4\n', note: 'one row' },
    { stdin: '5 1\n1\n1\n0\n1\n1\n', expected: '2\n', note: 'one column, a tie' },
    { stdin: '4 5\n10100\n10111\n11111\n10010\n', expected: '6\n', note: 'the textbook shape' },
    { stdin: '4 4\n1000\n1100\n1110\n1111\n', expected: '6\n', note: 'staircase: 3 x 2 and 2 x 3 tie' },
    { stdin: '3 3\n010\n111\n010\n', expected: '3\n', note: 'a plus: a bar beats the centre square' },
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
        // Mostly ones with scattered zeros, so histograms are tall and ragged; the last shape
        // adds zero walls that cut the matrix into blocks.
        const p = kind === 0 ? 0.5 : kind === 1 ? 0.8 : kind === 2 ? 0.93 : r % 17 === 0 || c % 23 === 0 ? 0.3 : 0.97;
        line += rng.bool(p) ? '1' : '0';
      }
      lines.push(line);
    }
    return `${rows} ${cols}\n${lines.join('\n')}\n`;
  },
});
