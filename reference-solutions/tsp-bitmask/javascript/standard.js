function shortestRoundTrip(dist) {
  // Held-Karp: best[mask][j] = cheapest path from city 0 through exactly the cities of mask
  // (over cities 1 .. n - 1, city c is bit c - 1), ending at city j + 1.
  const n = dist.length;
  if (n === 1) return 0;
  const m = n - 1;
  const best = [];
  for (let mask = 0; mask < 1 << m; mask++) best.push(new Array(m).fill(Infinity));
  for (let j = 0; j < m; j++) best[1 << j][j] = dist[0][j + 1];
  for (let mask = 1; mask < 1 << m; mask++) {
    for (let j = 0; j < m; j++) {
      const cur = best[mask][j];
      if (cur === Infinity) continue;
      for (let k = 0; k < m; k++) {
        if (mask & (1 << k)) continue;
        const c = cur + dist[j + 1][k + 1];
        if (c < best[mask | (1 << k)][k]) best[mask | (1 << k)][k] = c;
      }
    }
  }
  let answer = Infinity;
  for (let j = 0; j < m; j++) answer = Math.min(answer, best[(1 << m) - 1][j] + dist[j + 1][0]);
  return answer;
}
