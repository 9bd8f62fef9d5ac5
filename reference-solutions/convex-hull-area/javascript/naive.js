function hullArea2(points) {
  // Gift wrapping (Jarvis march): from the lowest-leftmost point, repeatedly pick the point
  // that has every other point on its left; O(n * h). Then the shoelace formula.
  const pts = [];
  for (const p of points) {
    if (!pts.some((q) => q[0] === p[0] && q[1] === p[1])) pts.push(p);
  }
  if (pts.length < 3) return 0;
  let start = pts[0];
  for (const p of pts) {
    if (p[0] < start[0] || (p[0] === start[0] && p[1] < start[1])) start = p;
  }
  const hull = [];
  let p = start;
  while (true) {
    hull.push(p);
    let q = pts[0] !== p ? pts[0] : pts[1];
    for (const r of pts) {
      if (r === p) continue;
      const c = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
      const dr = (r[0] - p[0]) ** 2 + (r[1] - p[1]) ** 2;
      const dq = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2;
      if (c < 0 || (c === 0 && dr > dq)) q = r;
    }
    p = q;
    if (p === start) break;
  }
  let area = 0;
  for (let i = 0; i < hull.length; i++) {
    const [x1, y1] = hull[i];
    const [x2, y2] = hull[(i + 1) % hull.length];
    area += x1 * y2 - x2 * y1;
  }
  return Math.abs(area);
}
