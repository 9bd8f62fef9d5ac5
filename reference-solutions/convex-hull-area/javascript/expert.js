function hullArea2(points) {
  // Andrew's monotone chain on packed keys: each point becomes one exact double ordered like
  // (x, y), so a native Float64Array sort orders the points and repeats become adjacent.
  // Coordinates are unpacked into Int32Arrays; both chains are built in one Int32Array stack of
  // point indices with the turn test inlined (two products compared, no subtraction), then the
  // shoelace formula runs over the closed chain.
  const n = points.length;
  if (n < 3) return 0;
  const OFF = 1000000;
  // Key of a point: the double 2^52 + (x + OFF) * 2^21 + (y + OFF). Every key has the exponent
  // of 2^52, so its low 52 mantissa bits are exactly the packed integer: the two 32-bit words
  // are written and read through an Int32Array view (little-endian), with no boxed doubles.
  const keys = new Float64Array(n);
  const w = new Int32Array(keys.buffer);
  for (let i = 0; i < n; i++) {
    const p = points[i];
    const xo = p[0] + OFF;
    w[2 * i] = ((xo & 2047) << 21) | (p[1] + OFF);
    w[2 * i + 1] = 0x43300000 | (xo >>> 11);
  }
  keys.sort();
  const X = new Int32Array(n);
  const Y = new Int32Array(n);
  let m = 0;
  let plo = -1;
  let phi = -1;
  for (let i = 0; i < n; i++) {
    const lo = w[2 * i];
    const hi = w[2 * i + 1];
    if (lo === plo && hi === phi) continue; // a repeated point
    plo = lo;
    phi = hi;
    X[m] = (((hi & 1023) << 11) | (lo >>> 21)) - OFF;
    Y[m] = (lo & 2097151) - OFF;
    m++;
  }
  if (m < 3) return 0;
  const h = new Int32Array(2 * m + 1);
  let t = 0;
  // Lower chain, left to right.
  for (let i = 0; i < m; i++) {
    const px = X[i];
    const py = Y[i];
    while (t >= 2) {
      const a = h[t - 2];
      const b = h[t - 1];
      const ax = X[a];
      const ay = Y[a];
      if ((X[b] - ax) * (py - ay) > (Y[b] - ay) * (px - ax)) break;
      t--;
    }
    h[t++] = i;
  }
  // Upper chain, right to left, on top of the lower one (its last point is the first here).
  const base = t + 1;
  for (let i = m - 2; i >= 0; i--) {
    const px = X[i];
    const py = Y[i];
    while (t >= base) {
      const a = h[t - 2];
      const b = h[t - 1];
      const ax = X[a];
      const ay = Y[a];
      if ((X[b] - ax) * (py - ay) > (Y[b] - ay) * (px - ax)) break;
      t--;
    }
    h[t++] = i;
  }
  // h[0..t-1] is a closed polygon (h[t-1] is point 0 again).
  let area = 0;
  let a = h[0];
  let ax = X[a];
  let ay = Y[a];
  for (let k = 1; k < t; k++) {
    const b = h[k];
    const bx = X[b];
    const by = Y[b];
    area += ax * by - bx * ay;
    ax = bx;
    ay = by;
  }
  return area < 0 ? -area : area;
}
