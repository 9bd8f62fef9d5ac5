import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'rle-decode-at',
  title: 'Characters of a run-length encoded string',
  category: 'implementation',
  tags: ['strings', 'parsing', 'binary-search', 'memory'],
  kind: 'function',
  statement: `
\`encoded\` is a run-length encoding: a sequence of runs, each a lowercase letter followed by its
count in decimal. Decoding repeats each run's letter count times, in order; for example
\`"a3b12c1"\` decodes to \`"aaabbbbbbbbbbbbc"\` (16 characters). Two neighbouring runs may have
the same letter.

Return the string made of the decoded characters at the 0-based indices in \`positions\`, in
the order of \`positions\`.

- \`0 <= len(encoded) <= 10^6\`; every count is an integer from 1 to 999 written without
  leading zeros, so the decoded string has at most 999 characters per run.
- \`0 <= len(positions) <= 10^5\`; every position lies in \`[0, decoded length)\`; positions may
  repeat and come in any order.
- With no positions the answer is the empty string.
`,
  signature: {
    params: [
      { name: 'encoded', type: 'str' },
      { name: 'positions', type: 'list[int]' },
    ],
    returns: 'str',
  },
  entry: { python: 'decode_at', javascript: 'decodeAt' },
  cases: [
    { args: ['', []], expected: '', note: 'empty encoding, no positions' },
    { args: ['a3b12c1', []], expected: '', note: 'no positions' },
    { args: ['z1', [0]], expected: 'z', note: 'one run of one' },
    { args: ['a3b12c1', [0, 2, 3, 14, 15]], expected: 'aabbc', note: 'run boundaries on both sides' },
    { args: ['a3b12c1', [15, 0, 15, 0]], expected: 'caca', note: 'any order, repeated positions' },
    { args: ['x999y1', [998, 999, 500]], expected: 'xyx', note: 'the largest count' },
    { args: ['a2a2b1', [3, 4]], expected: 'ab', note: 'neighbouring runs with the same letter' },
    { args: ['p10q10r10', [9, 10, 19, 20, 29]], expected: 'pqqrr', note: 'two-digit counts' },
  ],
  levels: enamelLevels([20, 600, 1500, 4000]),
  generate(rng, size) {
    // `size` runs of counts 1..999 (a quarter of them short), and as many positions.
    let encoded = '';
    let decoded = 0;
    for (let i = 0; i < size; i++) {
      const count = rng.bool(0.25) ? rng.int(1, 9) : rng.int(1, 999);
      encoded += rng.string(1) + count;
      decoded += count;
    }
    const q = size;
    return [encoded, rng.ints(q, 0, decoded - 1)];
  },
});
