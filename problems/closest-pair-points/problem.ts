import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

const C = 10 ** 7;

export default defineProblem({
  id: 'closest-pair-points',
  title: 'Closest pair of points',
  category: 'algorithm',
  tags: ['geometry', 'sweep-line', 'sorting'],
  kind: 'function',
  statement: `
Given a list of points with integer coordinates \`(x, y)\`, return the smallest squared Euclidean
distance \`(x1 - x2)^2 + (y1 - y2)^2\` over all pairs of two different entries of the list.

- \`2 <= len(points) <= 10^5\`; \`-10^7 <= x, y <= 10^7\`.
- The same point may appear more than once; two equal entries are at distance 0.
- Return the exact integer (it can be up to 8 * 10^14).
- Do not modify \`points\`.
`,
  signature: { params: [{ name: 'points', type: 'list[tuple[int, int]]' }], returns: 'int' },
  entry: { python: 'closest_pair', javascript: 'closestPair' },
  cases: [
    { args: [[[0, 0], [3, 4]]], expected: 25, note: 'two points' },
    { args: [[[-10000000, -10000000], [10000000, 10000000]]], expected: 800000000000000, note: 'opposite corners: largest answer' },
    { args: [[[5, 5], [1, 1], [5, 5]]], expected: 0, note: 'duplicate point' },
    { args: [[[0, 0], [10, 0], [20, 0], [21, 0]]], expected: 1, note: 'collinear on a horizontal line' },
    { args: [[[0, 0], [0, 10], [0, 3], [0, 20]]], expected: 9, note: 'same x for all points' },
    { args: [[[-5, -5], [-7, -1], [2, 3], [-4, -3]]], expected: 5, note: 'negatives' },
    { args: [[[0, 0], [100, 0], [50, 2], [50, -2], [200, 200]]], expected: 16, note: 'closest pair straddles the middle' },
    { args: [[[0, 0], [1, 1], [2, 2], [3, 3]]], expected: 2, note: 'ties: diagonal neighbours' },
  ],
  levels: enamelLevels([12, 200, 500, 1000]),
  generate(rng, size, level) {
    const pts: [number, number][] = [];
    const shape = level.caseIndex % 4;
    if (shape === 0) {
      // Uniform over the whole box.
      for (let i = 0; i < size; i++) pts.push([rng.int(-C, C), rng.int(-C, C)]);
    } else if (shape === 1) {
      // A narrow vertical band: every point is close to the sweep line in x.
      const w = rng.int(0, 20);
      for (let i = 0; i < size; i++) pts.push([rng.int(-w, w), rng.int(-C, C)]);
    } else if (shape === 2) {
      // Tight clusters.
      const centres = Array.from({ length: Math.max(1, Math.floor(size / 50)) }, () => [rng.int(-C + 5000, C - 5000), rng.int(-C + 5000, C - 5000)]);
      for (let i = 0; i < size; i++) {
        const [cx, cy] = rng.pick(centres);
        pts.push([cx! + rng.int(-5000, 5000), cy! + rng.int(-5000, 5000)]);
      }
    } else {
      // Distinct points of a coarse lattice (many tied distances), plus a horizontal band.
      const step = rng.int(1000, 5000);
      const seen = new Set<string>();
      while (pts.length < Math.floor(size / 2)) {
        const p: [number, number] = [step * rng.int(-1000, 1000), step * rng.int(-50, 50)];
        const k = `${p[0]},${p[1]}`;
        if (!seen.has(k)) {
          seen.add(k);
          pts.push(p);
        }
      }
      while (pts.length < size) pts.push([rng.int(-C, C), rng.int(-30, 30) + 7_000_000]);
      rng.shuffle(pts);
    }
    return [pts];
  },
});
