import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

const LIMIT = 10 ** 15;

// Consecutive Fibonacci numbers are the worst case for Euclid's algorithm.
const FIB: number[] = [0, 1];
while (FIB[FIB.length - 1]! + FIB[FIB.length - 2]! <= LIMIT) FIB.push(FIB[FIB.length - 1]! + FIB[FIB.length - 2]!);

export default defineProblem({
  id: 'gcd-of-pairs',
  title: 'Greatest common divisor of many pairs',
  category: 'implementation',
  tags: ['number-theory', 'gcd'],
  kind: 'function',
  statement: `
Given a list \`pairs\` of integer pairs \`(a, b)\`, return a list with the greatest common divisor
of each pair, in the same order as the input.

- \`0 <= len(pairs) <= 10^5\`; \`0 <= a, b <= 10^15\`.
- \`gcd(a, 0) = gcd(0, a) = a\`, and \`gcd(0, 0) = 0\`. Every result is non-negative.
- Do not modify \`pairs\`.
`,
  signature: { params: [{ name: 'pairs', type: 'list[tuple[int, int]]' }], returns: 'list[int]' },
  entry: { python: 'gcd_of_pairs', javascript: 'gcdOfPairs' },
  cases: [
    { args: [[]], expected: [], note: 'no pairs' },
    { args: [[[12, 18]]], expected: [6], note: 'one pair' },
    { args: [[[0, 0], [0, 7], [7, 0]]], expected: [0, 7, 7], note: 'zeros' },
    { args: [[[5, 5], [1, 1], [17, 17]]], expected: [5, 1, 17], note: 'equal values' },
    { args: [[[13, 8], [8, 13], [9, 28]]], expected: [1, 1, 1], note: 'coprime, both orders' },
    { args: [[[100, 10], [10, 100], [1071, 462]]], expected: [10, 10, 21], note: 'one divides the other; classic example' },
    {
      args: [[[1000000000000000, 999999999999999], [1000000000000000, 250000000000000], [781774079430987, 483162952612010]]],
      expected: [1, 250000000000000, 1],
      note: 'upper bound; consecutive Fibonacci numbers',
    },
    { args: [[[6, 4], [6, 4], [6, 4]]], expected: [2, 2, 2], note: 'repeated pair' },
  ],
  levels: enamelLevels([20, 1000, 4000, 12000]),
  generate(rng, size) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < size; i++) {
      const r = rng.float();
      if (r < 0.5) {
        pairs.push([rng.int(0, LIMIT), rng.int(0, LIMIT)]);
      } else if (r < 0.8) {
        // A shared factor, so the answers are not almost all 1.
        const g = rng.int(1, 10 ** 6);
        const top = Math.floor(LIMIT / g);
        pairs.push([g * rng.int(0, top), g * rng.int(0, top)]);
      } else if (r < 0.95) {
        const k = rng.int(FIB.length - 12, FIB.length - 2);
        pairs.push(rng.bool() ? [FIB[k + 1]!, FIB[k]!] : [FIB[k]!, FIB[k + 1]!]);
      } else {
        const a = rng.int(0, LIMIT);
        pairs.push(rng.pick([[a, 0], [0, a], [a, a], [0, 0]] as [number, number][]));
      }
    }
    return [pairs];
  },
});
