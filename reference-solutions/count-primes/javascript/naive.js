function countPrimes(n) {
  // Trial division of every candidate by every integer up to its square root.
  let count = 0;
  for (let k = 2; k < n; k++) {
    let isPrime = true;
    for (let d = 2; d <= Math.floor(Math.sqrt(k)); d++) {
      if (k % d === 0) {
        isPrime = false;
        break;
      }
    }
    if (isPrime) count++;
  }
  return count;
}
