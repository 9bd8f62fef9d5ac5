function gcd(a, b) {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function gcdOfPairs(pairs) {
  return pairs.map(([a, b]) => gcd(a, b));
}
