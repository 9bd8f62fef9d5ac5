function closestPair(points) {
  // Sort the points along the axis of larger spread, then scan: each point is compared with
  // the following points while their gap along that axis can still beat the best distance.
  // Near O(n log n) when points are spread out; O(n^2) at worst, when many points share nearly
  // the same coordinate along the sorting axis but lie far apart along the other. The sort is a native numeric sort of keys
  // (a + 10^7) * 2^25 + (b + 10^7), a the sorting coordinate and b the other, exact doubles
  // in a Float64Array.
  const n = points.length;
  const OFF = 10000000;
  const S = 33554432; // 2^25 > 2 * 10^7
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p[0]);
    maxX = Math.max(maxX, p[0]);
    minY = Math.min(minY, p[1]);
    maxY = Math.max(maxY, p[1]);
  }
  const axis = maxX - minX >= maxY - minY ? 0 : 1;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (points[i][axis] + OFF) * S + (points[i][1 - axis] + OFF);
  keys.sort();
  const as = [];
  const bs = [];
  for (const key of keys) {
    const a = Math.floor(key / S);
    as.push(a);
    bs.push(key - a * S);
  }
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const da = as[j] - as[i];
      if (da * da >= best) break;
      const db = bs[j] - bs[i];
      const d = da * da + db * db;
      if (d < best) best = d;
    }
  }
  return best;
}
