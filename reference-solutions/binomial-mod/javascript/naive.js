function binomialMod(queries) {
  // Exact binomial coefficient as a BigInt (a huge integer), then reduce.
  const result = [];
  for (const [n, k] of queries) {
    if (k > n) {
      result.push(0);
      continue;
    }
    const r = Math.min(k, n - k);
    let c = 1n;
    for (let i = 0; i < r; i++) c = (c * BigInt(n - i)) / BigInt(i + 1);
    result.push(Number(c % 1000000007n));
  }
  return result;
}
