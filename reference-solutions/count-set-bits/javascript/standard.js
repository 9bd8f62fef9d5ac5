// Population count of a 32-bit value (SWAR: bit pairs, nibbles, bytes, then the byte sum).
function popcount32(v) {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return (v + (v >>> 8) + (v >>> 16) + (v >>> 24)) & 63;
}

function countSetBits(nums) {
  // Values below 2^53 arrive as numbers: count their low and high 32-bit halves. Larger ones
  // arrive as BigInt: take 32 bits at a time. An indexed loop: for-of costs an iterator step
  // per element on V8's baseline tier.
  let total = 0;
  for (let i = 0; i < nums.length; i++) {
    const x = nums[i];
    if (typeof x === 'number') {
      total += popcount32(x % 4294967296) + popcount32(Math.floor(x / 4294967296));
      continue;
    }
    let b = x;
    while (b > 0n) {
      total += popcount32(Number(b & 0xffffffffn));
      b >>= 32n;
    }
  }
  return total;
}
