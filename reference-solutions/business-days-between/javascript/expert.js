function businessDays(starts, ends) {
  // Dates are read digit by digit into day numbers (day 1 = 0001-01-01, a Monday); business
  // days among 1..t are floor(t / 7) * 5 + min(t % 7, 5). All arithmetic stays in small integers.
  const BEFORE = new Int32Array([0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);
  function dayNumber(s) {
    const y = s.charCodeAt(0) * 1000 + s.charCodeAt(1) * 100 + s.charCodeAt(2) * 10 + s.charCodeAt(3) - 53328;
    const m = s.charCodeAt(5) * 10 + s.charCodeAt(6) - 528;
    const d = s.charCodeAt(8) * 10 + s.charCodeAt(9) - 528;
    const p = y - 1;
    let t = p * 365 + ((p / 4) | 0) - ((p / 100) | 0) + ((p / 400) | 0) + BEFORE[m] + d;
    if (m > 2 && (y & 3) === 0 && (y % 100 !== 0 || y % 400 === 0)) t++;
    return t;
  }
  const n = starts.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const b = dayNumber(ends[i]);
    const a = dayNumber(starts[i]) - 1;
    if (b <= a) {
      out[i] = 0;
      continue;
    }
    const rb = b % 7;
    const ra = a % 7;
    out[i] = (((b / 7) | 0) - ((a / 7) | 0)) * 5 + (rb < 5 ? rb : 5) - (ra < 5 ? ra : 5);
  }
  return out;
}
