(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // Newlines become spaces and one native split gives every token; the Float64Array
  // constructor converts them natively.
  const tok = data.replaceAll('\n', ' ').split(' ');
  const n = +tok[0];
  const q = +tok[1 + 2 * n];
  const poly = new Float64Array(tok.slice(1, 1 + 2 * n));
  const qs = new Float64Array(tok.slice(2 + 2 * n, 2 + 2 * n + 2 * q));
  // Coordinates relative to vertex 0 in two typed arrays; they stay below 2^22 in size, so
  // every product and difference is an integer under 2^53, exact in a double.
  const x0 = poly[0];
  const y0 = poly[1];
  const ax = new Float64Array(n);
  const ay = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    ax[i] = poly[2 * i] - x0;
    ay[i] = poly[2 * i + 1] - y0;
  }
  const x1 = ax[1];
  const y1 = ay[1];
  const xn = ax[n - 1];
  const yn = ay[n - 1];
  const len1 = x1 * x1 + y1 * y1;
  const lenn = xn * xn + yn * yn;
  // Answers as codes 0 (OUTSIDE), 1 (BOUNDARY), 2 (INSIDE), joined once at the end.
  const NAMES = ['OUTSIDE', 'BOUNDARY', 'INSIDE'];
  const out = new Array(q);
  for (let k = 0; k < q; k++) {
    const dx = qs[2 * k] - x0;
    const dy = qs[2 * k + 1] - y0;
    // The fan of triangles from vertex 0: p must lie in the wedge between the rays to vertex 1
    // and to vertex n - 1; a binary search finds the triangle (0, i, i + 1) whose wedge holds
    // p; then the edge from i to i + 1 decides.
    const first = x1 * dy - y1 * dx;
    const last = xn * dy - yn * dx;
    let code;
    if (first < 0 || last > 0) code = 0;
    else if (first === 0) code = dx * x1 + dy * y1 <= len1 ? 1 : 0;
    else if (last === 0) code = dx * xn + dy * yn <= lenn ? 1 : 0;
    else {
      let lo = 1;
      let hi = n - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (ax[mid] * dy - ay[mid] * dx >= 0) lo = mid;
        else hi = mid;
      }
      const lx = ax[lo];
      const ly = ay[lo];
      const c = (ax[hi] - lx) * (dy - ly) - (ay[hi] - ly) * (dx - lx);
      code = c > 0 ? 2 : c === 0 ? 1 : 0;
    }
    out[k] = NAMES[code];
  }
  process.stdout.write(out.join('\n') + '\n');
})();
