// Population count of a 32-bit value (SWAR: bit pairs, nibbles, bytes, then the byte sum).
function popcount32(v) {
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return (v + (v >>> 8) + (v >>> 16) + (v >>> 24)) & 63;
}

function countSetBits(nums) {
  // Values may exceed 2^53 (they arrive as BigInt): take 32 bits at a time.
  let total = 0;
  for (const x of nums) {
    let b = BigInt(x);
    while (b > 0n) {
      total += popcount32(Number(b & 0xffffffffn));
      b >>= 32n;
    }
  }
  return total;
}
