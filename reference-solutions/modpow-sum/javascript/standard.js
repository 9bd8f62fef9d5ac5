function modpowSum(bases, exps, m) {
  // a * b mod m for a, b < m <= 2 * 10^9: the product can reach 2^62, so split b into 16-bit
  // halves to keep every intermediate below 2^53.
  function mulmod(a, b) {
    return (((a * (b >>> 16)) % m) * 65536 + a * (b & 65535)) % m;
  }
  // Square-and-multiply: O(log e) multiplications.
  function powmod(a, e) {
    let result = 1 % m;
    a %= m;
    while (e > 0) {
      if (e & 1) result = mulmod(result, a);
      a = mulmod(a, a);
      e >>= 1;
    }
    return result;
  }
  let total = 0;
  for (let i = 0; i < bases.length; i++) {
    total = (total + powmod(bases[i], exps[i])) % m;
  }
  return total;
}
