function shortestRoundTrip(dist) {
  // Held-Karp in one flat typed array: best[mask * m + i] = cheapest path from city 0 through
  // exactly the cities of mask (over cities 1 .. n - 1, city c is bit c - 1), ending at city
  // i + 1. A state is pulled from its predecessors, and only the set bits of a mask are
  // visited (lowest bit peeled off with mask & -mask), so no state is read while infinite.
  const n = dist.length;
  if (n === 1) return 0;
  const m = n - 1;
  const d = new Float64Array(m * m); // d[i * m + j] = dist[i + 1][j + 1]
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) d[i * m + j] = dist[i + 1][j + 1];
  const bitIndex = new Int32Array(1 << m);
  for (let j = 0; j < m; j++) bitIndex[1 << j] = j;
  const best = new Float64Array((1 << m) * m);
  for (let j = 0; j < m; j++) best[(1 << j) * m + j] = dist[0][j + 1];
  for (let mask = 3; mask < 1 << m; mask++) {
    if ((mask & (mask - 1)) === 0) continue;
    const base = mask * m;
    for (let rest = mask; rest !== 0; rest &= rest - 1) {
      const bj = rest & -rest;
      const j = bitIndex[bj];
      const prev = (mask ^ bj) * m;
      let min = Infinity;
      for (let others = mask ^ bj; others !== 0; others &= others - 1) {
        const i = bitIndex[others & -others];
        const c = best[prev + i] + d[i * m + j];
        if (c < min) min = c;
      }
      best[base + j] = min;
    }
  }
  const full = ((1 << m) - 1) * m;
  let answer = Infinity;
  for (let j = 0; j < m; j++) {
    const c = best[full + j] + dist[j + 1][0];
    if (c < answer) answer = c;
  }
  return answer;
}
