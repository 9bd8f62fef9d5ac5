const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const xs = lines[1].split(' ').map(Number);

// Trial division by the primes up to sqrt(max) (sieved once), stopping once p * p exceeds what
// is left of x. For each prime factor p found, multiply by (1 - 1/p).
let top = 1;
for (const x of xs) if (x > top) top = x;
const root = Math.floor(Math.sqrt(top));
const composite = new Uint8Array(root + 1);
const primes = new Int32Array(root + 1);
let np = 0;
for (let p = 2; p <= root; p++) {
  if (composite[p]) continue;
  primes[np++] = p;
  for (let m = p * p; m <= root; m += p) composite[m] = 1;
}
const out = [];
for (let x of xs) {
  let result = x;
  for (let k = 0; k < np; k++) {
    const p = primes[k];
    if (p * p > x) break;
    if (x % p !== 0) continue;
    while (x % p === 0) x /= p;
    result -= result / p;
  }
  if (x > 1) result -= result / x;
  out.push(result);
}
console.log(out.join('\n'));
