// Unbiased estimators over n samples of one problem (pure).

/** pass@k = 1 - C(n-c, k) / C(n, k), in Chen et al.'s stable product form. */
export function passAtK(n: number, c: number, k: number): number {
  checkK(n, k);
  if (!Number.isInteger(c) || c < 0 || c > n) throw new Error(`pass@k: c must be an integer in [0, n], got ${c}`);
  if (n - c < k) return 1;
  let prod = 1;
  for (let i = n - c + 1; i <= n; i++) prod *= 1 - k / i;
  return 1 - prod;
}

/**
 * eff@k = E[max of k scores drawn without replacement], Rao-Blackwell unbiased form:
 * sorted ascending, weight of e_(r) is C(r-1, k-1) / C(n, k), computed as w_n = k/n and
 * w_r = w_{r+1} * (1 - (k-1)/r) going down, which never forms a large binomial.
 */
export function effAtK(scores: readonly number[], k: number): number {
  const n = scores.length;
  checkK(n, k);
  const sorted = [...scores].sort((a, b) => a - b);
  let w = k / n;
  let total = w * sorted[n - 1]!;
  for (let r = n - 1; r >= k; r--) {
    w *= 1 - (k - 1) / r;
    total += w * sorted[r - 1]!;
  }
  return total;
}

function checkK(n: number, k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
  if (k > n) throw new Error(`k = ${k} needs at least ${k} samples per problem, found ${n}`);
}
