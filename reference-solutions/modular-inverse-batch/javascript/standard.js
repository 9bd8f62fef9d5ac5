const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const [n, p] = lines[0].split(' ').map(Number);
const a = lines[1].split(' ').map(Number);

// a * b mod p for a, b < p < 2^31, exact in doubles: split b into 16-bit halves.
function mulmod(a, b) {
  return (((a * Math.floor(b / 65536)) % p) * 65536 + a * (b % 65536)) % p;
}

function power(base, e) {
  let result = 1;
  while (e > 0) {
    if (e % 2 === 1) result = mulmod(result, base);
    base = mulmod(base, base);
    e = Math.floor(e / 2);
  }
  return result;
}

// Batch inversion with prefix and suffix products: the inverse of a[i] is
// (a[0] * ... * a[i-1]) * (a[i+1] * ... * a[n-1]) / (a[0] * ... * a[n-1]), and only the total
// is inverted (Fermat).
const prefix = new Array(n + 1);
prefix[0] = 1;
for (let i = 0; i < n; i++) prefix[i + 1] = mulmod(prefix[i], a[i]);
const suffix = new Array(n + 1);
suffix[n] = 1;
for (let i = n - 1; i >= 0; i--) suffix[i] = mulmod(suffix[i + 1], a[i]);
const invTotal = power(prefix[n], p - 2);
const res = new Array(n);
for (let i = 0; i < n; i++) res[i] = mulmod(mulmod(prefix[i], suffix[i + 1]), invTotal);
console.log(res.join(' '));
