import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';
import type { Rng } from '../../src/problem/rng.ts';

type Pt = [number, number];
const cross = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Strictly convex polygon, counter-clockwise: the hull of about n rounded points on a circle. */
function convexPolygon(rng: Rng, n: number, radius: number): Pt[] {
  const pts: Pt[] = [];
  for (let i = 0; i < n; i++) {
    const a = rng.float() * 2 * Math.PI;
    pts.push([Math.round(radius * Math.cos(a)), Math.round(radius * Math.sin(a))]);
  }
  pts.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  // Andrew's monotone chain; collinear points are dropped (cross <= 0), so the hull is strict.
  const half = (list: Pt[]) => {
    const out: Pt[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  const hull = [...half(pts), ...half([...pts].reverse())];
  const start = rng.int(0, hull.length - 1);
  return [...hull.slice(start), ...hull.slice(0, start)];
}

export default defineProblem({
  id: 'point-in-convex-polygon',
  title: 'Points in a convex polygon',
  category: 'algorithm',
  tags: ['geometry', 'binary-search', 'stdio'],
  kind: 'stdio',
  statement: `
Given a strictly convex polygon and query points, tell for each point whether it lies strictly
inside the polygon, on its boundary, or outside.

**Input** (standard input):

- The first line holds \`n\`, the number of vertices; each of the next \`n\` lines holds a vertex
  \`x y\`, in counter-clockwise order (starting anywhere). No three vertices are collinear.
- The next line holds \`q\`; each of the next \`q\` lines holds a query point \`x y\`.

**Output** (standard output): \`q\` lines, in query order, each \`INSIDE\`, \`BOUNDARY\` or
\`OUTSIDE\`.

**Bounds:** \`3 <= n <= 10^5\`; \`1 <= q <= 10^5\`; all coordinates are integers with
\`|x|, |y| <= 10^6\`; numbers on a line are separated by single spaces. A vertex is on the
boundary.
`,
  cases: [
    { stdin: '3\n0 0\n4 0\n0 4\n3\n1 1\n2 2\n3 3\n', expected: 'INSIDE\nBOUNDARY\nOUTSIDE\n', note: 'a triangle: inside, on the hypotenuse, beyond it' },
    { stdin: '4\n0 0\n2 0\n2 2\n0 2\n5\n0 0\n1 0\n2 2\n1 1\n3 1\n', expected: 'BOUNDARY\nBOUNDARY\nBOUNDARY\nINSIDE\nOUTSIDE\n', note: 'a square: vertices and edges' },
    { stdin: '4\n2 2\n0 2\n0 0\n2 0\n2\n0 1\n-1 1\n', expected: 'BOUNDARY\nOUTSIDE\n', note: 'counter-clockwise from another start vertex' },
    { stdin: '3\n0 0\n4 0\n0 4\n4\n-1 0\n5 0\n0 -1\n0 5\n', expected: 'OUTSIDE\nOUTSIDE\nOUTSIDE\nOUTSIDE\n', note: 'on the lines of edges, past their ends' },
    { stdin: '3\n0 0\n4 0\n0 4\n2\n-1 -1\n8 -4\n', expected: 'OUTSIDE\nOUTSIDE\n', note: 'behind the first vertex, and on a diagonal line outside' },
    { stdin: '5\n0 -2\n2 0\n1 2\n-1 2\n-2 0\n3\n0 0\n0 2\n1 -1\n', expected: 'INSIDE\nBOUNDARY\nBOUNDARY\n', note: 'a pentagon: centre, top edge, lower-right edge' },
    {
      stdin: '3\n-1000000 -1000000\n1000000 -1000000\n-1000000 1000000\n3\n0 0\n1 0\n-1000000 0\n',
      expected: 'BOUNDARY\nOUTSIDE\nBOUNDARY\n',
      note: 'extreme coordinates',
    },
  ],
  levels: enamelLevels([8, 300, 800, 1500]),
  generate(rng, size, level) {
    // A polygon of about size / 16 vertices and `size` queries: half inside or outside its box at
    // random, the rest on vertices, on edge midpoints (when they are lattice points) and just
    // outside them.
    const poly = convexPolygon(rng, level.index === 0 ? rng.int(3, size) : size >> 4, level.index === 0 ? rng.pick([3, 50, 1000000]) : 1000000);
    const q = level.index === 0 ? rng.int(1, size) : size;
    const box = Math.max(...poly.map((p) => Math.max(Math.abs(p[0]), Math.abs(p[1])))) + 1;
    const queries: Pt[] = [];
    while (queries.length < q) {
      const r = rng.float();
      const i = rng.int(0, poly.length - 1);
      const a = poly[i]!;
      const b = poly[(i + 1) % poly.length]!;
      if (r < 0.5) queries.push([rng.int(-box, box), rng.int(-box, box)]);
      else if (r < 0.65) queries.push(a);
      else if ((a[0] + b[0]) % 2 === 0 && (a[1] + b[1]) % 2 === 0) queries.push([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]);
      else queries.push([a[0] + (a[0] >= 0 ? 1 : -1), a[1]]);
    }
    const lines = [String(poly.length), ...poly.map((p) => p.join(' ')), String(q), ...queries.map((p) => p.join(' '))];
    return lines.join('\n') + '\n';
  },
});
