const nums = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);
const n = nums[0];
const poly = [];
for (let i = 0; i < n; i++) poly.push([nums[1 + 2 * i], nums[2 + 2 * i]]);
const q = nums[1 + 2 * n];
// Coordinates stay below 2^21 in size, so every cross product is exact in a double.
const cross = (o, a, b) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

// The fan of triangles from vertex 0: p must lie in the wedge between the rays to vertex 1 and
// to vertex n - 1; a binary search finds the triangle (0, i, i + 1) whose wedge holds p; then
// the edge from i to i + 1 decides.
const o = poly[0];
const out = [];
for (let k = 0; k < q; k++) {
  const p = [nums[2 + 2 * n + 2 * k], nums[3 + 2 * n + 2 * k]];
  const first = cross(o, poly[1], p);
  const last = cross(o, poly[n - 1], p);
  if (first < 0 || last > 0) {
    out.push('OUTSIDE');
  } else if (first === 0 || last === 0) {
    // on the line of an edge at vertex 0: on the edge or past its end
    const end = first === 0 ? poly[1] : poly[n - 1];
    const dot = (p[0] - o[0]) * (end[0] - o[0]) + (p[1] - o[1]) * (end[1] - o[1]);
    const limit = (end[0] - o[0]) ** 2 + (end[1] - o[1]) ** 2;
    out.push(dot <= limit ? 'BOUNDARY' : 'OUTSIDE');
  } else {
    let lo = 1;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      const a = poly[mid];
      if ((a[0] - o[0]) * (p[1] - o[1]) - (a[1] - o[1]) * (p[0] - o[0]) >= 0) lo = mid;
      else hi = mid;
    }
    const c = cross(poly[lo], poly[hi], p);
    out.push(c > 0 ? 'INSIDE' : c === 0 ? 'BOUNDARY' : 'OUTSIDE');
  }
}
console.log(out.join('\n'));
