const MOD = 1000000007;

// a * b mod MOD without leaving the exact range of doubles (a, b < 2^30): split a into 16-bit halves.
function mulmod(a, b) {
  return ((((a >>> 16) * b) % MOD) * 65536 + (a & 65535) * b) % MOD;
}

function binomialMod(queries) {
  // Factorials, modular inverses of 1..N by the recurrence inv[i] = -(MOD / i) * inv[MOD % i],
  // and inverse factorials, all in one linear pass; then C(n, k) = n! / (k! (n-k)!).
  if (queries.length === 0) return [];
  let top = 0;
  for (const q of queries) if (q[0] > top) top = q[0];
  const fact = new Array(top + 2).fill(1);
  const inv = new Array(top + 2).fill(1);
  const invFact = new Array(top + 2).fill(1);
  for (let i = 2; i <= top; i++) {
    fact[i] = (fact[i - 1] * i) % MOD;
    inv[i] = (MOD - mulmod(Math.floor(MOD / i), inv[MOD % i])) % MOD;
    invFact[i] = mulmod(invFact[i - 1], inv[i]);
  }
  const result = [];
  for (const q of queries) {
    const n = q[0], k = q[1];
    result.push(k > n ? 0 : mulmod(mulmod(fact[n], invFact[k]), invFact[n - k]));
  }
  return result;
}
