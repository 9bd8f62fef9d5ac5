function businessDays(starts, ends) {
  // Each date is parsed into a Date object; whole weeks count 5 and the leftover days (at most
  // 6) are checked one by one with fresh Date objects.
  const DAY = 86400000;
  const out = [];
  for (let i = 0; i < starts.length; i++) {
    const a = new Date(starts[i] + 'T00:00:00Z');
    const b = new Date(ends[i] + 'T00:00:00Z');
    if (b < a) {
      out.push(0);
      continue;
    }
    const days = Math.round((b.getTime() - a.getTime()) / DAY) + 1;
    let count = Math.floor(days / 7) * 5;
    for (let k = 0; k < days % 7; k++) {
      const dow = new Date(a.getTime() + k * DAY).getUTCDay();
      if (dow !== 0 && dow !== 6) count++;
    }
    out.push(count);
  }
  return out;
}
