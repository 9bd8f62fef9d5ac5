function closestPair(points) {
  // Points are packed into one exact double per point (primary coordinate * 2^25 + secondary,
  // both shifted to be non-negative) and sorted natively by a Float64Array, along the axis of
  // larger spread. Then a pruned scan: each point is compared with the following ones while the
  // primary gap can still beat the best, skipping those whose secondary gap cannot. That is
  // O(n) expected on spread-out inputs; if it does more than a linear budget of work, the
  // remaining points are finished by an O(n log n) sweep line (active points kept sorted by
  // (secondary, primary) in an Int32Array, window found by binary search).
  const n = points.length;
  const OFF = 10000000;
  const S = 33554432; // 2^25 > 2 * 10^7
  let minX = points[0][0];
  let maxX = minX;
  let minY = points[0][1];
  let maxY = minY;
  for (let i = 1; i < n; i++) {
    const p = points[i];
    const x = p[0];
    const y = p[1];
    if (x < minX) minX = x;
    else if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    else if (y > maxY) maxY = y;
  }
  const keys = new Float64Array(n);
  if (maxX - minX >= maxY - minY) {
    for (let i = 0; i < n; i++) {
      const p = points[i];
      keys[i] = (p[0] + OFF) * S + (p[1] + OFF);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const p = points[i];
      keys[i] = (p[1] + OFF) * S + (p[0] + OFF);
    }
  }
  keys.sort();
  const A = new Int32Array(n); // primary coordinate, ascending
  const B = new Int32Array(n); // secondary coordinate
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k === prev) return 0; // the same point twice
    prev = k;
    const a = (k / S) | 0;
    A[i] = a;
    B[i] = k - a * S;
  }
  let da = A[1] - A[0];
  let db = B[1] - B[0];
  let best = da * da + db * db;
  // lim = ceil(sqrt(best)): a gap g can improve on best only if |g| < lim.
  let lim = Math.ceil(Math.sqrt(best));
  let budget = 32 * n + 256;
  let i = 0;
  for (; i < n - 1; i++) {
    const ai = A[i];
    const bi = B[i];
    let end = ai + lim;
    let j = i + 1;
    for (; j < n; j++) {
      if (A[j] >= end) break;
      db = B[j] - bi;
      if (db < lim && db > -lim) {
        da = A[j] - ai;
        const d = da * da + db * db;
        if (d < best) {
          if (d === 0) return 0;
          best = d;
          lim = Math.ceil(Math.sqrt(d));
          if (lim * lim < d) lim++; // guard the rounding of sqrt
          end = ai + lim;
        }
      }
    }
    budget -= j - i;
    if (budget < 0) break;
  }
  if (i >= n - 2) return best;
  // Sweep line over points i..n-1 (points before i are already fully compared with all later
  // points within the best distance); the active set starts with the points near i.
  const act = new Int32Array(n);
  let cnt = 0;
  let left = i;
  for (let c = i; c < n; c++) {
    const ac = A[c];
    const bc = B[c];
    // Retire points whose primary gap can no longer improve.
    while (ac - A[left] >= lim) {
      const bl = B[left];
      const al = A[left];
      let lo = 0;
      let hi = cnt;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const q = act[mid];
        const bq = B[q];
        if (bq < bl || (bq === bl && A[q] < al)) lo = mid + 1;
        else hi = mid;
      }
      act.copyWithin(lo, lo + 1, cnt);
      cnt--;
      left++;
    }
    // Window of active points with |secondary gap| < lim.
    const from = bc - lim;
    let lo = 0;
    let hi = cnt;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (B[act[mid]] <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < cnt; k++) {
      const q = act[k];
      db = B[q] - bc;
      if (db >= lim) break;
      da = A[q] - ac;
      const d = da * da + db * db;
      if (d < best) {
        best = d;
        lim = Math.ceil(Math.sqrt(d));
        if (lim * lim < d) lim++;
      }
    }
    // Insert c by (secondary, primary).
    lo = 0;
    hi = cnt;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const q = act[mid];
      const bq = B[q];
      if (bq < bc || (bq === bc && A[q] < ac)) lo = mid + 1;
      else hi = mid;
    }
    act.copyWithin(lo + 1, lo, cnt);
    act[lo] = c;
    cnt++;
  }
  return best;
}
