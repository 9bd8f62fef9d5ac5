import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';
import type { Rng } from '../../src/problem/rng.ts';

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/**
 * A simple polygon: up to n points with distinct directions from the origin, radii up to r,
 * joined in angle order (a polygon star-shaped around the origin is simple), then scaled by
 * `scale` (so edges hold more lattice points), shifted, and reversed half of the time.
 */
function starPolygon(rng: Rng, n: number, r: number, scale: number, limit: number): [number[], number[]] {
  const seen = new Set<string>();
  const pts: [number, number, number][] = [];
  for (let tries = 0; pts.length < n && tries < 20 * n; tries++) {
    const angle = rng.float() * 2 * Math.PI;
    const radius = r * (0.2 + 0.8 * rng.float());
    const x = Math.round(radius * Math.cos(angle));
    const y = Math.round(radius * Math.sin(angle));
    if (x === 0 && y === 0) continue;
    const g = gcd(x, y);
    const key = `${x / g},${y / g}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pts.push([x, y, Math.atan2(y, x)]);
  }
  pts.sort((a, b) => a[2] - b[2]);
  const room = limit - scale * r;
  const tx = rng.int(-room, room);
  const ty = rng.int(-room, room);
  if (rng.bool()) pts.reverse();
  return [pts.map(([x]) => x * scale + tx), pts.map(([, y]) => y * scale + ty)];
}

export default defineProblem({
  id: 'polygon-area-lattice',
  title: 'Area and lattice points of a polygon',
  category: 'implementation',
  tags: ['geometry', 'shoelace', 'pick'],
  kind: 'function',
  statement: `
Given the vertices of a simple polygon (its edges meet only at shared endpoints of neighbouring
edges) with integer coordinates, vertex \`i\` at \`(xs[i], ys[i])\`, in order around the polygon
(clockwise or counter-clockwise), return a triple \`(twice_area, boundary, interior)\`:

- \`twice_area\`: twice the polygon's area (an integer);
- \`boundary\`: the number of lattice points (points with integer coordinates) on its edges,
  vertices included;
- \`interior\`: the number of lattice points strictly inside it.

Bounds: \`3 <= len(xs) = len(ys) <= 10^5\`; vertices are distinct, \`|x|, |y| <= 10^6\`. Three
consecutive vertices may lie on one line (the middle one between the others). The polygon is
not degenerate (its area is positive). Intermediate sums may exceed 2^53 even though the
answers do not.
`,
  signature: { params: [{ name: 'xs', type: 'list[int]' }, { name: 'ys', type: 'list[int]' }], returns: 'tuple[int, int, int]' },
  entry: { python: 'polygon_lattice', javascript: 'polygonLattice' },
  cases: [
    { args: [[0, 1, 0], [0, 0, 1]], expected: [1, 3, 0], note: 'the smallest lattice triangle' },
    { args: [[0, 4, 4], [0, 0, 3]], expected: [12, 8, 3], note: 'a right triangle, counter-clockwise' },
    { args: [[0, 0, 2, 2], [0, 2, 2, 0]], expected: [8, 8, 1], note: 'a square, clockwise' },
    { args: [[0, 2, 4, 4, 0], [0, 0, 0, 4, 4]], expected: [32, 16, 9], note: 'a collinear vertex on an edge' },
    { args: [[0, 10, 10, 5, 0], [0, 0, 10, 5, 10]], expected: [150, 40, 56], note: 'a non-convex polygon' },
    { args: [[0, 3, 1], [0, 1, 3]], expected: [8, 4, 3], note: 'a tilted triangle' },
    {
      args: [[-1000000, 1000000, 1000000, -1000000], [-1000000, -1000000, 1000000, 1000000]],
      expected: [8000000000000, 8000000, 3999996000001],
      note: 'the largest square: answers past 2^32',
    },
  ],
  levels: enamelLevels([8, 1500, 4000, 10000]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(3, size) : size;
    const scale = rng.pick([1, 1, 2, 3, 6]);
    const r = Math.floor(rng.pick([100, 1000, 100000]) / scale) + 3 * n;
    return starPolygon(rng, n, r, scale, 1000000);
  },
});
