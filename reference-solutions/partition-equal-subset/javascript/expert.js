function canPartition(nums) {
  const n = nums.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += nums[i];
  if (total % 2 !== 0) return false;
  if (n === 0) return true;
  const half = total / 2;
  const sorted = Int32Array.from(nums).sort();
  const top = sorted[n - 1];
  if (top > half) return false;
  let pieces = sorted;
  if (4 * top <= n) {
    // Every value occurs about four times or more on average: c copies of v are covered by the
    // pieces v*1, v*2, v*4, ..., v*rest (binary splitting), about log2(c) shifts instead of c.
    const out = [];
    let i = 0;
    while (i < n) {
      const v = sorted[i];
      let j = i + 1;
      while (j < n && sorted[j] === v) j++;
      let c = j - i;
      i = j;
      let k = 1;
      while (c > k) {
        out.push(v * k);
        c -= k;
        k *= 2;
      }
      out.push(v * c);
    }
    pieces = out;
  }
  // Bit s of `bits` is set when some subset of the pieces seen so far sums to s. Pieces go in
  // increasing order, which keeps the bitset short for as long as possible; the test of bit
  // `half` (a shift of everything above it) starts once the pieces add up to half and is
  // spaced out: the distance past half doubles.
  const bigHalf = BigInt(half);
  let bits = 1n;
  let prefix = 0;
  let check = half;
  const m = pieces.length;
  for (let i = 0; i < m; i++) {
    const w = pieces[i];
    bits |= bits << BigInt(w);
    prefix += w;
    if (prefix >= check) {
      if (((bits >> bigHalf) & 1n) === 1n) return true;
      check = 2 * prefix - half + 1;
    }
  }
  return ((bits >> bigHalf) & 1n) === 1n;
}
