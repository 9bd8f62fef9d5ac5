const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const [n, p] = lines[0].split(' ').map(Number);
const a = lines[1].split(' ').map(Number);

// a * b mod p for a, b < p < 2^31, exact in doubles: split b into 16-bit halves.
function mulmod(a, b) {
  return (((a * Math.floor(b / 65536)) % p) * 65536 + a * (b % 65536)) % p;
}

// Fermat's little theorem for each number on its own: a^(p-2) is the inverse of a mod p.
function inverse(x) {
  let result = 1;
  let base = x;
  let e = p - 2;
  while (e > 0) {
    if (e % 2 === 1) result = mulmod(result, base);
    base = mulmod(base, base);
    e = Math.floor(e / 2);
  }
  return result;
}

const out = [];
for (let i = 0; i < n; i++) out.push(inverse(a[i]));
console.log(out.join(' '));
