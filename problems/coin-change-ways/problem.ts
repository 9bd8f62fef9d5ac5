import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'coin-change-ways',
  title: 'Coin change: number of ways',
  category: 'algorithm',
  tags: ['dynamic-programming'],
  version: 2,
  kind: 'function',
  statement: `
Given distinct coin denominations \`coins\` (each available in unlimited supply) and an integer
\`amount\`, return the number of different ways to pay exactly \`amount\`, modulo 1 000 000 007.

- A way is a multiset of coins: the order in which coins are used does not matter, so
  \`1 + 2\` and \`2 + 1\` are the same way.
- \`0 <= len(coins) <= 100\`; the denominations are distinct, \`1 <= coins[i] <= 10^4\`, in any order.
- \`0 <= amount <= 10^4\`. Paying \`0\` has exactly one way (use no coins), even with no coins.
- Return the count reduced modulo 1 000 000 007. Do not modify \`coins\`.
`,
  signature: { params: [{ name: 'coins', type: 'list[int]' }, { name: 'amount', type: 'int' }], returns: 'int' },
  entry: { python: 'count_ways', javascript: 'countWays' },
  cases: [
    { args: [[1, 2, 5], 5], expected: 4, note: 'classic example' },
    { args: [[2], 3], expected: 0, note: 'impossible amount' },
    { args: [[10], 10], expected: 1, note: 'one coin, exact' },
    { args: [[], 0], expected: 1, note: 'no coins, amount zero' },
    { args: [[], 5], expected: 0, note: 'no coins, positive amount' },
    { args: [[5, 3], 0], expected: 1, note: 'amount zero' },
    { args: [[3, 1, 2], 4], expected: 4, note: 'unsorted coins; order of use does not matter' },
    { args: [[1, 2, 5, 10, 20, 50, 100, 200], 200], expected: 73682, note: 'pence coins' },
    { args: [[10000], 9999], expected: 0, note: 'largest coin above the amount' },
    { args: [[7, 1000, 1], 1000], expected: 144, note: 'a coin equal to the amount' },
    { args: [Array.from({ length: 50 }, (_, i) => i + 1), 1000], expected: 831713219, note: 'the exact count exceeds the modulus' },
  ],
  levels: enamelLevels([40, 120, 200, 300]),
  generate(rng, size, level) {
    const amount = size;
    // Many denominations (up to the statement's 100), so the work is that many passes over the
    // amounts; the largest range reaches past the amount, so some coins can never be used.
    const hi = [Math.max(2, Math.floor(size / 4)), Math.max(2, Math.floor(size / 2)), size, 2 * size][level.caseIndex % 4]!;
    // Distinct denominations: a shuffled prefix of 1..hi (all of them when hi <= 100).
    const pool = rng.shuffle(Array.from({ length: hi }, (_, i) => i + 1));
    return [pool.slice(0, Math.min(100, hi)), amount];
  },
});
