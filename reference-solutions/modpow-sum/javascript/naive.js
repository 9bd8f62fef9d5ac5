function modpowSum(bases, exps, m) {
  // Multiply the base in e times with BigInt (products pass 2^53), reducing as we go.
  const M = BigInt(m);
  let total = 0n;
  for (let i = 0; i < bases.length; i++) {
    let result = 1n % M;
    for (let j = 0; j < exps[i]; j++) {
      result = (result * BigInt(bases[i])) % M;
    }
    total = (total + result) % M;
  }
  return Number(total);
}
