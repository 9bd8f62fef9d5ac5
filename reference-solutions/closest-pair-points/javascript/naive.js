function closestPair(points) {
  // Every pair of points.
  let best = null;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dx = points[i][0] - points[j][0];
      const dy = points[i][1] - points[j][1];
      const d = dx * dx + dy * dy;
      if (best === null || d < best) best = d;
    }
  }
  return best;
}
