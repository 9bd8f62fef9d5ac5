function countSetBits(nums) {
  // Numbers (< 2^53) are split into two int32 words directly. A BigInt is consumed 64 bits at a
  // time: storing it into a BigUint64Array keeps its low 64 bits, which an Int32Array view over
  // the same memory reads back as two small integers, so the only BigInt operation per 64 bits
  // is the shift. Each word is counted with the SWAR steps inlined.
  const big = new BigUint64Array(1);
  const w = new Int32Array(big.buffer);
  const n = nums.length;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x = nums[i];
    let lo;
    let hi;
    if (typeof x === 'number') {
      if (x === 0) continue;
      lo = x | 0;
      hi = (x / 4294967296) | 0;
      let v = lo - ((lo >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      let u = hi - ((hi >>> 1) & 0x55555555);
      u = (u & 0x33333333) + ((u >>> 2) & 0x33333333);
      v = ((v + (v >>> 4)) & 0x0f0f0f0f) + ((u + (u >>> 4)) & 0x0f0f0f0f);
      total += (v + (v >>> 8) + (v >>> 16) + (v >>> 24)) & 255;
      continue;
    }
    let b = x;
    while (b !== 0n) {
      big[0] = b;
      lo = w[0];
      hi = w[1];
      let v = lo - ((lo >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      let u = hi - ((hi >>> 1) & 0x55555555);
      u = (u & 0x33333333) + ((u >>> 2) & 0x33333333);
      v = ((v + (v >>> 4)) & 0x0f0f0f0f) + ((u + (u >>> 4)) & 0x0f0f0f0f);
      total += (v + (v >>> 8) + (v >>> 16) + (v >>> 24)) & 255;
      b >>= 64n;
    }
  }
  return total;
}
