import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';
import type { Rng } from '../../src/problem/rng.ts';

// Primes between 300 and 3000, the large coprime parts of generated moduli.
const PRIMES: number[] = [];
for (let v = 301; v < 3000; v += 2) {
  let prime = true;
  for (let d = 3; d * d <= v; d += 2) if (v % d === 0) prime = false;
  if (prime) PRIMES.push(v);
}
// Small smooth parts (divisors of 5040 up to 200): shared factors make the moduli non-coprime.
const SMOOTH = Array.from({ length: 200 }, (_, i) => i + 1).filter((d) => 5040 % d === 0);

/** Random congruences with moduli up to `maxM`; many are inconsistent. */
function tinySystem(rng: Rng, k: number, maxM: number): [number[], number[]] {
  const moduli = rng.ints(k, 1, maxM);
  return [moduli.map((m) => rng.int(0, m - 1)), moduli];
}

export default defineProblem({
  id: 'crt-solve',
  title: 'Chinese remainder system with shared factors',
  category: 'algorithm',
  tags: ['number-theory', 'crt', 'big-integers'],
  kind: 'function',
  statement: `
Given \`k\` congruences \`x = remainders[i] (mod moduli[i])\`, return the smallest non-negative
integer \`x\` that satisfies all of them, or \`-1\` if no integer does.

- \`1 <= k <= 1000\`; \`1 <= moduli[i] <= 10^6\`; \`0 <= remainders[i] < moduli[i]\`; both lists
  have length \`k\`.
- The moduli need not be pairwise coprime: two congruences whose moduli share a factor may
  contradict each other.
- The answer is below the least common multiple of the moduli, which can have thousands of
  digits; return it exactly.
`,
  signature: { params: [{ name: 'remainders', type: 'list[int]' }, { name: 'moduli', type: 'list[int]' }], returns: 'int' },
  entry: { python: 'crt_solve', javascript: 'crtSolve' },
  cases: [
    { args: [[4], [7]], expected: 4, note: 'one congruence' },
    { args: [[0, 0], [1, 1]], expected: 0, note: 'modulus 1 allows everything' },
    { args: [[2, 3, 2], [3, 5, 7]], expected: 23, note: 'coprime moduli (Sunzi)' },
    { args: [[1, 3], [4, 6]], expected: 9, note: 'shared factor 2, consistent' },
    { args: [[1, 2], [4, 6]], expected: -1, note: 'shared factor 2, contradictory' },
    { args: [[5, 5, 5], [12, 12, 12]], expected: 5, note: 'the same congruence three times' },
    { args: [[3, 2], [6, 4]], expected: -1, note: 'odd versus even' },
    { args: [[12345, 0], [99991, 99989]], expected: 4381817947, note: 'two large primes: answer past 2^32' },
    {
      args: [[0, 0, 0, 0, 0, 0], [99991, 99989, 99971, 99961, 99929, 99923]],
      expected: 0,
      note: 'all remainders 0: the smallest solution is 0, not the product',
    },
    {
      args: [[99990, 99988, 99970, 99960, 99928, 99922], [99991, 99989, 99971, 99961, 99929, 99923]],
      expected: 997642107206418138246732534522n,
      note: 'x = -1 modulo six large primes: the product minus 1, past 2^64',
    },
  ],
  levels: enamelLevels([8, 100, 200, 300]),
  generate(rng, size, level) {
    if (level.index === 0) return tinySystem(rng, rng.int(1, size), rng.pick([12, 60, 1000]));
    // Modulus i = prime_i * smooth_i with distinct primes: the least common multiple grows with
    // every congruence, while the smooth parts overlap. The remainders come from one hidden x
    // (x mod prime_i random, x mod 5040 = s), so the system is consistent unless a remainder is
    // then changed modulo its smooth part.
    const primes = rng.shuffle([...PRIMES]).slice(0, size);
    const s = rng.int(0, 5039);
    const moduli: number[] = [];
    const remainders: number[] = [];
    for (const p of primes) {
      const c = rng.pick(SMOOTH);
      const u = rng.int(0, p - 1);
      let t = 0;
      while ((u + p * t) % c !== s % c) t++;
      moduli.push(p * c);
      remainders.push(u + p * t);
    }
    if (rng.bool(0.25)) {
      const j = rng.int(Math.floor(size * 0.8), size - 1);
      if (moduli[j]! % primes[j]! === 0 && moduli[j]! > primes[j]!) remainders[j] = (remainders[j]! + primes[j]!) % moduli[j]!;
    }
    return [remainders, moduli];
  },
});
