import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'elementary-automaton',
  title: 'Elementary cellular automaton',
  category: 'implementation',
  tags: ['simulation', 'cellular-automaton', 'bits', 'stdio', 'memory'],
  kind: 'stdio',
  statement: `
Run a one-dimensional elementary cellular automaton (Wolfram's numbering) for \`k\` steps.

**Input** (standard input): a line \`rule w k\`, then a line of \`w\` characters, \`#\` for a live cell
and \`.\` for a dead one: the row at step 0.

Cells outside the row are dead at every step. In one step every cell \`i\` of the row looks at
its left neighbour, itself and its right neighbour at once; with \`L\`, \`C\`, \`R\` their states
(1 live, 0 dead), its next state is bit number \`4L + 2C + R\` of \`rule\` (bit 0 is the least
significant). Only the \`w\` cells of the row change; cells outside stay dead even when the
rule would light them.

**Output** (standard output): the row after \`k\` steps, in the same form, followed by a newline.

**Bounds:** \`0 <= rule <= 255\`; \`1 <= w <= 10^5\`; \`0 <= k <= 10^5\`; \`w * k <= 10^7\`.
`,
  cases: [
    { stdin: '30 1 0\n#\n', expected: '#\n', note: 'k = 0 prints the row unchanged' },
    { stdin: '90 9 4\n....#....\n', expected: '#.......#\n', note: 'rule 90 grows a Sierpinski triangle' },
    { stdin: '30 11 3\n.....#.....\n', expected: '..##.####..\n', note: 'rule 30 from one cell' },
    { stdin: '110 1 1\n#\n', expected: '#\n', note: 'one cell: both neighbours outside and dead' },
    { stdin: '1 3 1\n...\n', expected: '###\n', note: 'rule 1 lights dead cells, but only inside the row' },
    { stdin: '1 3 2\n...\n', expected: '...\n', note: 'rule 1 blinks' },
    { stdin: '255 3 5\n.#.\n', expected: '###\n', note: 'rule 255: everything lives' },
    { stdin: '0 3 1\n###\n', expected: '...\n', note: 'rule 0: everything dies' },
    { stdin: '204 5 7\n#.##.\n', expected: '#.##.\n', note: 'rule 204 is the identity' },
    { stdin: '184 8 2\n##.#..#.\n', expected: '.#.#.#..\n', note: 'rule 184 traffic: a car leaves at the right edge' },
  ],
  levels: enamelLevels([40, 320, 500, 700]),
  generate(rng, size, level) {
    // A random row of width size run for size / 2 steps; rules drawn from all 256, so each
    // test has its own mix of live and dead neighbourhoods.
    const w = level.index === 0 ? rng.int(1, size) : size;
    const k = level.index === 0 ? rng.int(0, size) : Math.floor(size / 2);
    return `${rng.int(0, 255)} ${w} ${k}\n${rng.string(w, '#..')}\n`;
  },
});
