(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // Newlines become spaces and one native split gives every token; the Float64Array
  // constructor converts the values natively.
  const tok = data.replaceAll('\n', ' ').split(' ');
  const n = +tok[0];
  const p = +tok[1];
  const a = new Float64Array(tok.slice(2, 2 + n));
  // Batch inversion: prefix products, one inverse of the total, then a backward pass in which
  // inv holds the inverse of a[0] * ... * a[i]. Every product x * y mod p (x, y < p < 2^31)
  // is exact in doubles with y split into 16-bit halves: x * hi < 2^47, x * lo < 2^47.
  const prefix = new Float64Array(n);
  let x = 1;
  for (let i = 0; i < n; i++) {
    prefix[i] = x;
    const y = a[i];
    const hi = (y / 65536) | 0;
    x = (((x * hi) % p) * 65536 + x * (y - hi * 65536)) % p;
  }
  // inv = x^(p-2) by square and multiply.
  let inv = 1;
  let base = x;
  for (let e = p - 2; e > 0; e = (e - (e & 1)) / 2) {
    if (e & 1) {
      const hi = (base / 65536) | 0;
      inv = (((inv * hi) % p) * 65536 + inv * (base - hi * 65536)) % p;
    }
    const hi = (base / 65536) | 0;
    base = (((base * hi) % p) * 65536 + base * (base - hi * 65536)) % p;
  }
  const out = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const before = prefix[i];
    const hi = (inv / 65536) | 0;
    out[i] = (((before * hi) % p) * 65536 + before * (inv - hi * 65536)) % p;
    const y = a[i];
    const h2 = (y / 65536) | 0;
    inv = (((inv * h2) % p) * 65536 + inv * (y - h2 * 65536)) % p;
  }
  process.stdout.write(out.join(' ') + '\n');
})();
