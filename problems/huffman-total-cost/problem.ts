import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'huffman-total-cost',
  title: 'Cost of an optimal prefix code',
  category: 'algorithm',
  tags: ['greedy', 'heaps', 'sorting'],
  kind: 'function',
  statement: `
\`freqs[i]\` is how often symbol \`i\` occurs in a text. A binary prefix code gives every symbol a
codeword; the text's encoded length is the sum over the symbols of \`freqs[i]\` times the length of
symbol \`i\`'s codeword. Return the smallest encoded length any binary prefix code achieves.

Equivalently: starting from the multiset of frequencies, repeatedly remove two smallest values
and insert their sum, until one value remains; the answer is the sum of all the inserted values
(which two of several equal values are taken does not change it).

- \`0 <= len(freqs) <= 10^5\`; \`1 <= freqs[i] <= 10^6\`; values may repeat. The answer is
  below 2^53.
- With fewer than two symbols no merge happens: return 0.
- Do not modify \`freqs\`.

Example: \`[5, 9, 12, 13, 16, 45]\` merges 5 + 9 = 14, 12 + 13 = 25, 14 + 16 = 30, 25 + 30 = 55 and
45 + 55 = 100, so the answer is 14 + 25 + 30 + 55 + 100 = 224.
`,
  signature: { params: [{ name: 'freqs', type: 'list[int]' }], returns: 'int' },
  entry: { python: 'huffman_cost', javascript: 'huffmanCost' },
  cases: [
    { args: [[5, 9, 12, 13, 16, 45]], expected: 224, note: 'the example' },
    { args: [[45, 5, 16, 9, 13, 12]], expected: 224, note: 'the example, unsorted' },
    { args: [[]], expected: 0, note: 'no symbols' },
    { args: [[7]], expected: 0, note: 'one symbol: no merge' },
    { args: [[3, 7]], expected: 10, note: 'two symbols' },
    { args: [[1, 1, 1, 1]], expected: 8, note: 'all equal: a balanced tree' },
    { args: [[2, 2, 3, 3]], expected: 20, note: 'ties between a leaf and a merged weight' },
    { args: [[1, 1, 2, 3, 5, 8]], expected: 45, note: 'Fibonacci weights: a path-shaped tree' },
    { args: [[1000000, 1000000, 1000000]], expected: 5000000, note: 'extreme weights' },
  ],
  levels: enamelLevels([10, 1000, 2500, 5000]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(0, size) : size;
    // Alternate uniform weights with skewed ones (many small repeated counts, a few large).
    if (level.caseIndex % 2 === 0) return [rng.ints(n, 1, 1000000)];
    return [Array.from({ length: n }, () => Math.min(1000000, Math.floor(1 / (rng.float() + 1e-6)) + rng.int(0, 3)))];
  },
});
