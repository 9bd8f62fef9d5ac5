(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // Newlines become spaces and one native split gives every token; the Int32Array
  // constructor converts them natively.
  const tok = data.replaceAll('\n', ' ').split(' ');
  const q = +tok[0];
  const xs = new Int32Array(tok.slice(1, 1 + q));
  let top = 1;
  for (let i = 0; i < q; i++) if (xs[i] > top) top = xs[i];
  // Smallest-prime-factor table over the odd numbers only (index j stands for 2j + 1; 0 marks
  // a prime). The odd primes up to sqrt(max), from the largest down, write themselves over
  // their odd multiples from p * p on (step 2p), so the smallest factor writes last and no
  // write needs a test; the writing loop is unrolled four times. Factors of 2 are taken off
  // with shifts before the lookups.
  const half = (top + 1) >> 1;
  const root = Math.floor(Math.sqrt(top));
  const composite = new Uint8Array(root + 1);
  const primes = new Int32Array(root + 1);
  let np = 0;
  for (let p = 3; p <= root; p += 2) {
    if (composite[p]) continue;
    primes[np++] = p;
    for (let m = p * p; m <= root; m += 2 * p) composite[m] = 1;
  }
  const spf = new Int32Array(half);
  for (let k = np - 1; k >= 0; k--) {
    const p = primes[k];
    const p2 = p + p;
    const p3 = p2 + p;
    const p4 = p2 + p2;
    let j = (p * p) >> 1;
    for (const stop = half - p3; j < stop; j += p4) {
      spf[j] = p;
      spf[j + p] = p;
      spf[j + p2] = p;
      spf[j + p3] = p;
    }
    for (; j < half; j += p) spf[j] = p;
  }
  const out = new Int32Array(q);
  for (let i = 0; i < q; i++) {
    let x = xs[i];
    let result = x;
    if ((x & 1) === 0) {
      result >>= 1;
      do x >>= 1;
      while ((x & 1) === 0);
    }
    while (x > 1) {
      const f = spf[x >> 1];
      const p = f === 0 ? x : f;
      result = (result / p) * (p - 1);
      do x /= p;
      while (x % p === 0);
    }
    out[i] = result;
  }
  process.stdout.write(out.join('\n') + '\n');
})();
