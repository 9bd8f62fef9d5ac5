function cross(o, a, b) {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function hullArea2(points) {
  // Andrew's monotone chain: sort by (x, y), skip repeats, build the lower and upper hulls on
  // one stack, then the shoelace formula over the closed chain.
  const pts = points.slice().sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const hull = [];
  let distinct = 0;
  let prev = null;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i];
    if (prev !== null && p[0] === prev[0] && p[1] === prev[1]) continue;
    prev = p;
    distinct++;
    while (hull.length >= 2 && cross(hull[hull.length - 2], hull[hull.length - 1], p) <= 0) hull.pop();
    hull.push(p);
  }
  if (distinct < 3) return 0;
  const lowerSize = hull.length + 1;
  for (let i = pts.length - 2; i >= 0; i--) {
    const p = pts[i];
    while (hull.length >= lowerSize && cross(hull[hull.length - 2], hull[hull.length - 1], p) <= 0) hull.pop();
    hull.push(p);
  }
  // hull is closed: its last point is the first one again.
  let area = 0;
  for (let i = 0; i + 1 < hull.length; i++) {
    area += hull[i][0] * hull[i + 1][1] - hull[i + 1][0] * hull[i][1];
  }
  return Math.abs(area);
}
