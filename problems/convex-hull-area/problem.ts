import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

const R = 10 ** 6;

export default defineProblem({
  id: 'convex-hull-area',
  title: 'Twice the area of the convex hull',
  category: 'algorithm',
  tags: ['geometry', 'convex-hull', 'sorting'],
  kind: 'function',
  statement: `
Given a list of points with integer coordinates \`(x, y)\`, return twice the area of their convex
hull (the smallest convex polygon containing every point). Twice the area is always an integer.

- \`0 <= len(points) <= 10^5\`; \`-10^6 <= x, y <= 10^6\`.
- Points may repeat. If the hull is degenerate (no points, one distinct point, or all points on
  one line), the answer is 0.
- Return the exact integer (at most 8 * 10^12).
- Do not modify \`points\`.
`,
  signature: { params: [{ name: 'points', type: 'list[tuple[int, int]]' }], returns: 'int' },
  entry: { python: 'hull_area2', javascript: 'hullArea2' },
  cases: [
    { args: [[]], expected: 0, note: 'no points' },
    { args: [[[3, -4]]], expected: 0, note: 'one point' },
    { args: [[[1, 1], [1, 1], [1, 1]]], expected: 0, note: 'one point repeated' },
    { args: [[[0, 0], [2, 2], [5, 5], [-3, -3]]], expected: 0, note: 'all collinear' },
    { args: [[[0, 0], [4, 0], [0, 3]]], expected: 12, note: 'a triangle' },
    { args: [[[0, 0], [2, 0], [2, 2], [0, 2], [1, 1], [1, 0], [2, 2]]], expected: 8, note: 'interior, edge and duplicate points' },
    {
      args: [[[-1000000, -1000000], [1000000, -1000000], [1000000, 1000000], [-1000000, 1000000], [0, 0]]],
      expected: 8000000000000,
      note: 'the whole coordinate box',
    },
    { args: [[[-5, 0], [0, -5], [5, 0], [0, 5], [3, 3], [-4, 2]]], expected: 110, note: 'negatives; two extra hull vertices outside the diamond' },
  ],
  levels: enamelLevels([10, 150, 400, 800]),
  generate(rng, size, level) {
    const pts: [number, number][] = [];
    const onCircle = (): [number, number] => {
      const t = rng.float() * 2 * Math.PI;
      return [Math.round(R * Math.cos(t)), Math.round(R * Math.sin(t))];
    };
    const shape = level.caseIndex % 4;
    // Points on a big circle make large hulls (the gift-wrapping worst case); the rest fill the inside.
    const circleShare = [0.5, 1, 0.2, 0.4][shape]!;
    for (let i = 0; i < size; i++) {
      if (rng.bool(circleShare)) pts.push(onCircle());
      else if (shape === 3) {
        // Points on a few lines through the middle, with repeats.
        const k = rng.int(-300, 300);
        pts.push(rng.pick([[k * 1000, 0], [0, k * 1000], [k * 1000, k * 1000], [k * 1000, -k * 1000]] as [number, number][]));
      } else pts.push([rng.int(-R / 2, R / 2), rng.int(-R / 2, R / 2)]);
    }
    return [pts];
  },
});
