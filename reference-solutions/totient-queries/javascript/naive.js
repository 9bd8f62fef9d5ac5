const data = require('fs').readFileSync(0, 'utf8');
const lines = data.split('\n');
const xs = lines[1].split(' ').map(Number);

// Trial division: for each prime factor p found, multiply by (1 - 1/p).
function phi(x) {
  let result = x;
  for (let d = 2; d * d <= x; d++) {
    if (x % d === 0) {
      while (x % d === 0) x /= d;
      result -= result / d;
    }
  }
  if (x > 1) result -= result / x;
  return result;
}

for (const x of xs) console.log(phi(x));
