import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'box-blur',
  title: 'Box blur of a grayscale image',
  category: 'implementation',
  tags: ['grids', 'images', 'stdio'],
  kind: 'stdio',
  statement: `
A grayscale image has \`R\` rows and \`C\` columns of pixel values from 0 to 255. Blur it with a
3 x 3 box: the new value of a pixel is the mean of the pixels in the 3 x 3 square centred on it
that lie inside the image (9 of them inside, 6 on an edge, 4 in a corner, fewer when the image
is one pixel thick), rounded down to an integer.

**Input.** The first line holds \`R\` and \`C\` separated by a space (\`1 <= R, C <= 1000\`). Then
follow \`R\` lines, each with \`C\` integers from 0 to 255 separated by single spaces.

**Output.** \`R\` lines of \`C\` integers separated by single spaces: the blurred image. Every
line ends with \`\\n\`.
`,
  cases: [
    { stdin: '1 1\n200\n', expected: '200\n', note: 'one pixel is its own mean' },
    { stdin: '2 3\n0 0 0\n0 0 0\n', expected: '0 0 0\n0 0 0\n', note: 'all black' },
    { stdin: '3 2\n255 255\n255 255\n255 255\n', expected: '255 255\n255 255\n255 255\n', note: 'all white: no rounding loss' },
    { stdin: '1 4\n10 20 30 40\n', expected: '15 20 30 35\n', note: 'one row: windows of 2 and 3 cells' },
    { stdin: '3 1\n9\n0\n3\n', expected: '4\n4\n1\n', note: 'one column' },
    { stdin: '3 3\n0 0 0\n0 255 0\n0 0 0\n', expected: '63 42 63\n42 28 42\n63 42 63\n', note: 'one bright pixel spreads to its neighbours' },
    { stdin: '2 2\n1 2\n3 4\n', expected: '2 2\n2 2\n', note: '2 x 2: every window is the whole image, 10 // 4' },
    { stdin: '3 4\n255 0 255 0\n0 255 0 255\n255 0 255 0\n', expected: '127 127 127 127\n127 141 113 127\n127 127 127 127\n', note: 'checkerboard, rounding down' },
  ],
  levels: enamelLevels([6, 24, 36, 48]),
  generate(rng, size, level) {
    const rows = level.index === 0 ? rng.int(1, size) : size;
    const cols = level.index === 0 ? rng.int(1, size) : size + rng.int(0, Math.floor(size / 4));
    const kind = level.caseIndex % 2;
    const lines: string[] = [];
    for (let r = 0; r < rows; r++) {
      const row: number[] = [];
      // Noise over the full range, or a smooth gradient with a little noise (many short numbers).
      for (let c = 0; c < cols; c++) row.push(kind === 0 ? rng.int(0, 255) : Math.min(255, Math.floor(((r + c) * 255) / (rows + cols)) + rng.int(0, 9)));
      lines.push(row.join(' '));
    }
    return `${rows} ${cols}\n${lines.join('\n')}\n`;
  },
});
