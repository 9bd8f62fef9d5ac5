function gcdOfPairs(pairs) {
  // Euclid's algorithm by hand for every pair, swapping with array destructuring.
  const result = [];
  for (const pair of pairs) {
    let [a, b] = pair;
    while (b !== 0) {
      [a, b] = [b, a % b];
    }
    result.push(a);
  }
  return result;
}
