import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'segmented-sieve-count',
  title: 'Count the primes in a far-away range',
  category: 'algorithm',
  tags: ['number-theory', 'primes', 'sieve', 'memory'],
  kind: 'function',
  statement: `
Given integers \`lo\` and \`hi\`, return how many prime numbers \`p\` satisfy \`lo <= p <= hi\`
(both ends included).

- \`1 <= lo <= hi <= 2 * 10^7\` and \`hi - lo <= 10^6\`: the range is short, but it can lie far
  from 0.
- A prime is an integer greater than 1 whose only positive divisors are 1 and itself; 1 is not
  prime.
`,
  signature: { params: [{ name: 'lo', type: 'int' }, { name: 'hi', type: 'int' }], returns: 'int' },
  entry: { python: 'count_primes_in_range', javascript: 'countPrimesInRange' },
  cases: [
    { args: [1, 1], expected: 0, note: '1 is not prime' },
    { args: [2, 2], expected: 1, note: 'the only even prime, alone' },
    { args: [1, 10], expected: 4, note: '2, 3, 5, 7' },
    { args: [14, 16], expected: 0, note: 'a range without primes' },
    { args: [11, 13], expected: 2, note: 'both ends are prime and counted' },
    { args: [49, 49], expected: 0, note: 'a prime square alone' },
    { args: [1000000, 1001000], expected: 75, note: 'an offset range' },
    { args: [4999900, 5000000], expected: 7, note: 'far from 0' },
    { args: [67108850, 67108870], expected: 1, note: 'around 2^26: only 67108859 is prime' },
  ],
  levels: enamelLevels([300, 20000, 80000, 200000]),
  generate(rng, size, level) {
    // A range about `size` wide that starts 40 to 99 widths from 0: a sieve up to hi does
    // about 70 times the work (and holds 70 times the memory) of a sieve over the range.
    const width = level.index === 0 ? rng.int(1, size) : rng.int(size - Math.floor(size / 10), size);
    const lo = level.index === 0 && rng.bool(0.3) ? rng.int(1, 50) : rng.int(40 * size, 99 * size);
    return [lo, lo + width - 1];
  },
});
