function mergeProgressions(progressions, m) {
  // A binary min-heap in two typed arrays (next value, progression index). The top is
  // replaced in place by the same progression's next term and sifted down once per value.
  const k = progressions.length;
  if (k === 0) return [];
  const val = new Float64Array(k);
  const idx = new Int32Array(k);
  const step = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    step[i] = progressions[i][1];
    // Insert progression i: sift up.
    const v = progressions[i][0];
    let c = i;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (val[p] <= v) break;
      val[c] = val[p];
      idx[c] = idx[p];
      c = p;
    }
    val[c] = v;
    idx[c] = i;
  }
  const out = new Array(m);
  for (let t = 0; t < m; t++) {
    const v0 = val[0];
    const i0 = idx[0];
    out[t] = v0;
    const v = v0 + step[i0];
    // Sift the replaced top down.
    let c = 0;
    for (;;) {
      let child = 2 * c + 1;
      if (child >= k) break;
      if (child + 1 < k && val[child + 1] < val[child]) child++;
      if (val[child] >= v) break;
      val[c] = val[child];
      idx[c] = idx[child];
      c = child;
    }
    val[c] = v;
    idx[c] = i0;
  }
  return out;
}
