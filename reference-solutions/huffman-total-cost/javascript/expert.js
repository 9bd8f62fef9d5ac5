function huffmanCost(freqs) {
  // Two queues after one native numeric sort of a Float64Array: the leaves in sorted order,
  // and the merged weights, which come out in non-decreasing order, so the two smallest are
  // always at the fronts. Both queues end in Infinity (the merged one is filled with it), so
  // taking a front needs no bounds test. Sums stay below 2^53, so doubles are exact.
  const n = freqs.length;
  if (n < 2) return 0;
  const leaves = new Float64Array(n + 1);
  leaves.set(freqs);
  leaves.subarray(0, n).sort();
  leaves[n] = Infinity;
  const merged = new Float64Array(n).fill(Infinity);
  let i = 0;
  let j = 0;
  let total = 0;
  for (let m = 0; m < n - 1; m++) {
    let a = leaves[i];
    let b = merged[j];
    if (b < a) {
      a = b;
      j++;
    } else i++;
    let c = leaves[i];
    b = merged[j];
    if (b < c) {
      c = b;
      j++;
    } else i++;
    const s = a + c;
    total += s;
    merged[m] = s;
  }
  return total;
}
