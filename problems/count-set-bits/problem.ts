import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

const MAX_BITS = 256;

/** A uniformly random integer with exactly `bits` bits (the top one set). */
function randomBits(rng: { int(lo: number, hi: number): number }, bits: number): bigint {
  let v = 0n;
  for (let have = 0; have < bits; have += 24) v = (v << 24n) | BigInt(rng.int(0, 2 ** 24 - 1));
  const b = BigInt(bits);
  return (v & ((1n << (b - 1n)) - 1n)) | (1n << (b - 1n));
}

export default defineProblem({
  id: 'count-set-bits',
  title: 'Total number of set bits',
  category: 'implementation',
  tags: ['bit-manipulation'],
  kind: 'function',
  statement: `
Given a list of non-negative integers \`nums\`, return the total number of 1 bits in their
binary representations (the sum of the population counts of all elements).

- \`0 <= len(nums) <= 10^5\`; \`0 <= nums[i] < 2^256\` (integers of up to 256 bits).
- An empty list gives 0; the value 0 has no 1 bits.
- Do not modify \`nums\`.
`,
  signature: { params: [{ name: 'nums', type: 'list[int]' }], returns: 'int' },
  entry: { python: 'count_set_bits', javascript: 'countSetBits' },
  cases: [
    { args: [[]], expected: 0, note: 'empty list' },
    { args: [[0]], expected: 0, note: 'a single zero' },
    { args: [[7]], expected: 3, note: 'one element' },
    { args: [[1, 2, 3, 4, 5]], expected: 7, note: 'small values' },
    { args: [[5, 5, 5, 5]], expected: 8, note: 'duplicates' },
    { args: [[9007199254740991]], expected: 53, note: '2^53 - 1, all ones' },
    { args: [[4503599627370496, 0, 1]], expected: 2, note: 'a single high bit (2^52), zero and one' },
    { args: [[255, 256, 1023, 1024]], expected: 20, note: 'around powers of two' },
  ],
  levels: enamelLevels([30, 2000, 8000, 25000]),
  generate(rng, size) {
    // Bit lengths spread over the whole range, plus zeros and all-ones values.
    const nums: bigint[] = [];
    for (let i = 0; i < size; i++) {
      const r = rng.float();
      if (r < 0.05) nums.push(0n);
      else if (r < 0.1) nums.push((1n << BigInt(rng.int(1, MAX_BITS))) - 1n);
      else nums.push(randomBits(rng, rng.int(1, MAX_BITS)));
    }
    return [nums];
  },
});
