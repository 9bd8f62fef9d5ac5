(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // Turn newlines into spaces and split natively (the input uses single separators); the
  // typed-array constructors then convert the tokens to numbers natively too, so no
  // JavaScript code runs per character or per token.
  const tok = data.replaceAll('\n', ' ').split(' ');
  const n = +tok[0];
  const q = +tok[1];
  const a = new Float64Array(tok.slice(2, 2 + n));
  const qs = new Int32Array(tok.slice(2 + n, 2 + n + 2 * q));
  // before[l] = a_1 + ... + a_(l-1) for 1-based l; |sums| <= 2 * 10^14 < 2^53 stay exact.
  const before = new Float64Array(n + 2);
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += a[i];
    before[i + 2] = s;
  }
  // sum(l..r) = before[r + 1] - before[l]
  const out = new Float64Array(q);
  for (let i = 0, j = 0; i < q; i++, j += 2) out[i] = before[qs[j + 1] + 1] - before[qs[j]];
  if (q > 0) process.stdout.write(out.join('\n') + '\n');
})();
