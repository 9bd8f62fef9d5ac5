function gcdOfPairs(pairs) {
  // One preallocated result and Euclid's algorithm inlined in a plain indexed loop: no
  // callbacks, no destructuring, no helper calls.
  const n = pairs.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const pair = pairs[i];
    let a = pair[0];
    let b = pair[1];
    while (b !== 0) {
      const t = a % b;
      a = b;
      b = t;
    }
    out[i] = a;
  }
  return out;
}
