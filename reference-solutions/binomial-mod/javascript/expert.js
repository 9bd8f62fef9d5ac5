function binomialMod(queries) {
  // Factorials forward; one Fermat inverse of the largest factorial; inverse factorials backward
  // with one multiplication each, all in Int32Arrays. Factorial steps multiply a residue by an
  // index <= 10^6, which stays exact in a double (< 2^50), so a single % reduces them. A product
  // of two residues (< 2^60) is split as a = ah * 2^16 + al and reduced in two exact steps,
  // inlined (no helper call, no BigInt).
  const MOD = 1000000007;
  const m = queries.length;
  const result = new Array(m);
  if (m === 0) return result;
  let top = 0;
  for (let i = 0; i < m; i++) {
    const n = queries[i][0];
    if (n > top) top = n;
  }
  const fact = new Int32Array(top + 1);
  const invFact = new Int32Array(top + 1);
  let f = 1;
  fact[0] = 1;
  for (let i = 1; i <= top; i++) {
    f = (f * i) % MOD;
    fact[i] = f;
  }
  // x = f^(MOD - 2) = f^-1 (mod MOD)
  let x = 1;
  let base = f;
  let e = MOD - 2;
  while (e > 0) {
    if (e & 1) x = ((((x >>> 16) * base) % MOD) * 65536 + (x & 65535) * base) % MOD;
    base = ((((base >>> 16) * base) % MOD) * 65536 + (base & 65535) * base) % MOD;
    e >>>= 1;
  }
  for (let i = top; i > 0; i--) {
    invFact[i] = x;
    x = (x * i) % MOD;
  }
  invFact[0] = 1;
  for (let i = 0; i < m; i++) {
    const q = queries[i];
    const n = q[0];
    const k = q[1];
    if (k > n) {
      result[i] = 0;
      continue;
    }
    const a = fact[n];
    const b = invFact[k];
    const r = ((((a >>> 16) * b) % MOD) * 65536 + (a & 65535) * b) % MOD;
    const c = invFact[n - k];
    result[i] = ((((r >>> 16) * c) % MOD) * 65536 + (r & 65535) * c) % MOD;
  }
  return result;
}
