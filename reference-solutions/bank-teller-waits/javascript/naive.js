function bankWaits(arrivals, services, tellers) {
  // Every customer gets a record; the teller is found by scanning all tellers' free times, and
  // the three answers are computed from the records at the end.
  const free = new Array(tellers).fill(0);
  const records = [];
  for (let i = 0; i < arrivals.length; i++) {
    let best = 0;
    for (let t = 1; t < tellers; t++) if (free[t] < free[best]) best = t;
    const start = Math.max(arrivals[i], free[best]);
    free[best] = start + services[i];
    records.push({ customer: i, teller: best, start, end: free[best], wait: start - arrivals[i] });
  }
  if (records.length === 0) return [0, 0, 0];
  const waits = records.map((r) => r.wait);
  return [
    waits.reduce((a, b) => a + b, 0),
    waits.reduce((a, b) => Math.max(a, b), 0),
    records.map((r) => r.end).reduce((a, b) => Math.max(a, b), 0),
  ];
}
