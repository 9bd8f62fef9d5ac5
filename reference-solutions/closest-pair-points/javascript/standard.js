function closestPair(points) {
  // Sweep line: visit points by x, keep the points within the current best distance of the
  // sweep line in an array sorted by (y, x), and compare each new point only with the active
  // points whose y is within the best distance. O(n log n) comparisons (splice moves memory).
  const pts = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const byYX = (p, q) => p[1] - q[1] || p[0] - q[0];
  // First index in the sorted array whose element is not before `target` under `cmp`.
  const lowerBound = (arr, target, cmp) => {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(arr[mid], target) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let best = Infinity;
  const active = [];
  let left = 0;
  for (const p of pts) {
    const [x, y] = p;
    while (left < pts.length) {
      const dx = x - pts[left][0];
      if (dx * dx < best) break;
      active.splice(lowerBound(active, pts[left], byYX), 1);
      left++;
    }
    let lo = 0;
    let hi = active.length;
    if (best !== Infinity) {
      const r = Math.floor(Math.sqrt(best - 1)); // dy * dy < best  <=>  |dy| <= r
      lo = lowerBound(active, [-Infinity, y - r], byYX);
      hi = lowerBound(active, [Infinity, y + r], byYX);
    }
    for (let k = lo; k < hi; k++) {
      const dx = active[k][0] - x;
      const dy = active[k][1] - y;
      const d = dx * dx + dy * dy;
      if (d < best) {
        best = d;
        if (d === 0) return 0;
      }
    }
    active.splice(lowerBound(active, p, byYX), 0, p);
  }
  return best;
}
