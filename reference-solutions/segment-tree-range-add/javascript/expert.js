(function main() {
  const data = require('fs').readFileSync(0, 'utf8');
  // All tokens converted natively: newlines become spaces, one split, one Float64Array.
  const tok = new Float64Array(data.replaceAll('\n', ' ').split(' '));
  const n = tok[0];
  const q = tok[1];
  // The initial array lives in prefix sums; the adds in two Fenwick trees over their
  // difference array: the part added to the prefix up to p is p * sum(b1[..p]) - sum(b2[..p]).
  // Every magnitude stays below 2^53, so doubles are exact.
  const base = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) base[i + 1] = base[i] + tok[2 + i];
  const size = n + 1;
  const b1 = new Float64Array(size + 1);
  const b2 = new Float64Array(size + 1);
  const out = [];
  let pos = 2 + n;
  for (let k = 0; k < q; k++) {
    if (tok[pos] === 1) {
      const l = tok[pos + 1];
      const r1 = tok[pos + 2] + 1;
      const x = tok[pos + 3];
      pos += 4;
      const xl = x * (l - 1);
      for (let i = l; i <= size; i += i & -i) {
        b1[i] += x;
        b2[i] += xl;
      }
      const xr = x * (r1 - 1);
      for (let i = r1; i <= size; i += i & -i) {
        b1[i] -= x;
        b2[i] -= xr;
      }
    } else {
      const l = tok[pos + 1] - 1;
      const r = tok[pos + 2];
      pos += 3;
      let s = base[r] - base[l];
      let s1 = 0;
      let s2 = 0;
      for (let i = r; i > 0; i &= i - 1) {
        s1 += b1[i];
        s2 += b2[i];
      }
      s += r * s1 - s2;
      s1 = 0;
      s2 = 0;
      for (let i = l; i > 0; i &= i - 1) {
        s1 += b1[i];
        s2 += b2[i];
      }
      out.push(s - l * s1 + s2);
    }
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
})();
