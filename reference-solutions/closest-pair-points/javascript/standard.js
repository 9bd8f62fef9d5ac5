function closestPair(points) {
  // Sweep line: visit points by x, keep the points within the current best distance of the
  // sweep line in an array sorted by (y, x), and compare each new point only with the active
  // points whose y is within the best distance. O(n log n) comparisons (splice moves memory).
  const pts = points.slice().sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const active = [];
  // First index of `active` whose point is not before (y, x) in (y, x) order.
  function lowerBound(y, x) {
    let lo = 0;
    let hi = active.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const q = active[mid];
      if (q[1] < y || (q[1] === y && q[0] < x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  let best = Infinity;
  let left = 0;
  for (const p of pts) {
    const x = p[0];
    const y = p[1];
    while (left < pts.length) {
      const old = pts[left];
      const dx = x - old[0];
      if (dx * dx < best) break;
      active.splice(lowerBound(old[1], old[0]), 1);
      left++;
    }
    // dy * dy < best  <=>  |dy| <= r
    const r = best === Infinity ? Infinity : Math.floor(Math.sqrt(best - 1));
    for (let k = lowerBound(y - r, -Infinity); k < active.length; k++) {
      const q = active[k];
      const dy = q[1] - y;
      if (dy > r) break;
      const dx = q[0] - x;
      const d = dx * dx + dy * dy;
      if (d < best) {
        if (d === 0) return 0;
        best = d;
      }
    }
    active.splice(lowerBound(y, x), 0, p);
  }
  return best;
}
