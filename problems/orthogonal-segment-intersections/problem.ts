import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';
import type { Rng } from '../../src/problem/rng.ts';

/** `count` segments [fixed, lo, hi] inside [-span, span], each up to a third of the range long. */
function segments(rng: Rng, count: number, span: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < count; i++) {
    const lo = rng.int(-span, span);
    out.push([rng.int(-span, span), lo, Math.min(span, lo + rng.int(0, Math.floor((2 * span) / 3)))]);
  }
  return out;
}

export default defineProblem({
  id: 'orthogonal-segment-intersections',
  title: 'Count crossings of horizontal and vertical segments',
  category: 'algorithm',
  tags: ['geometry', 'sweep-line', 'fenwick-tree', 'stdio'],
  kind: 'stdio',
  statement: `
Count the crossings between horizontal and vertical segments: the pairs of one horizontal and
one vertical segment that share at least one point.

**Input** (standard input):

- The first line holds two integers \`h v\`.
- Each of the next \`h\` lines holds a horizontal segment \`y x1 x2\` (from \`(x1, y)\` to
  \`(x2, y)\`, \`x1 <= x2\`).
- Each of the next \`v\` lines holds a vertical segment \`x y1 y2\` (from \`(x, y1)\` to
  \`(x, y2)\`, \`y1 <= y2\`).

**Output** (standard output): one line with the number of pairs \`(horizontal, vertical)\` with
\`x1 <= x <= x2\` and \`y1 <= y <= y2\`.

- Segments are closed: touching at an endpoint counts.
- A segment may have length 0; it is still horizontal or vertical by the part of the input it
  is in. Two segments of the same kind are never counted, even if they overlap.
- \`0 <= h, v <= 10^5\`; coordinates are integers with absolute value at most \`10^9\`;
  numbers on a line are separated by single spaces. Segments may repeat.
`,
  cases: [
    { stdin: '0 1\n0 0 5\n', expected: '0\n', note: 'no horizontal segments' },
    { stdin: '1 1\n0 -5 5\n0 -5 5\n', expected: '1\n', note: 'a plus sign' },
    { stdin: '1 1\n0 0 5\n5 0 3\n', expected: '1\n', note: 'touching at endpoints: an L' },
    { stdin: '1 1\n0 0 5\n6 -1 1\n', expected: '0\n', note: 'just past the end' },
    { stdin: '1 1\n2 3 3\n3 2 2\n', expected: '1\n', note: 'two points on the same spot' },
    { stdin: '3 2\n0 0 10\n0 0 10\n5 0 10\n5 0 5\n5 0 5\n', expected: '6\n', note: 'repeated segments; the top one touches' },
    { stdin: '2 3\n1 0 4\n3 0 4\n2 0 4\n0 2 2\n4 1 3\n', expected: '4\n', note: 'a small grid' },
    {
      stdin: '1 2\n-1000000000 -1000000000 1000000000\n1000000000 -1000000000 1000000000\n-1000000000 -1000000000 -1000000000\n',
      expected: '2\n',
      note: 'extreme coordinates',
    },
    { stdin: '0 0\n', expected: '0\n', note: 'no segments at all' },
  ],
  levels: enamelLevels([10, 400, 1200, 2000]),
  generate(rng, size, level) {
    // size / 2 segments of each kind in a box 20 * size wide; lengths up to a third of the box
    // make about size^2 / 600 crossings.
    const span = level.index === 0 ? rng.pick([3, 10, 1000]) : 10 * size;
    const h = level.index === 0 ? rng.int(0, size) : size >> 1;
    const v = level.index === 0 ? rng.int(0, size) : size >> 1;
    return `${h} ${v}\n${[...segments(rng, h, span), ...segments(rng, v, span)].map((t) => t.join(' ') + '\n').join('')}`;
  },
});
