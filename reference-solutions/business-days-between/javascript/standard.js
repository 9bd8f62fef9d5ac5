function businessDays(starts, ends) {
  // Dates become day numbers (day 1 = 0001-01-01, a Monday); business days among 1..t are
  // floor(t / 7) * 5 + min(t % 7, 5).
  const BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  const dayNumber = (s) => {
    const y = Number(s.slice(0, 4));
    const m = Number(s.slice(5, 7));
    const d = Number(s.slice(8, 10));
    const p = y - 1;
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return p * 365 + Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400) + BEFORE[m - 1] + (m > 2 && leap ? 1 : 0) + d;
  };
  const upTo = (t) => Math.floor(t / 7) * 5 + Math.min(t % 7, 5);
  const out = [];
  for (let i = 0; i < starts.length; i++) {
    const a = dayNumber(starts[i]);
    const b = dayNumber(ends[i]);
    out.push(b >= a ? upTo(b) - upTo(a - 1) : 0);
  }
  return out;
}
