import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'trie-prefix-counts',
  title: 'Count the words that start with each prefix',
  category: 'algorithm',
  tags: ['strings', 'tries', 'queries'],
  kind: 'function',
  statement: `
Given a list of \`words\` and a list of \`queries\`, return, for each query in order, the number
of entries of \`words\` that start with the query (a word starts with itself).

- \`0 <= len(words) <= 10^5\`; every word has 1 to 12 letters from \`a\` to \`z\`.
- \`0 <= len(queries) <= 10^5\`; every query has 0 to 12 letters from \`a\` to \`z\`. The empty
  query is a prefix of every word.
- Duplicate words count once per occurrence; queries may repeat.
- Do not modify the arguments.

Example: \`words = ["car", "cart", "cat", "car"]\`, \`queries = ["car", "ca", "dog"]\` gives
\`[3, 4, 0]\`.
`,
  signature: {
    params: [
      { name: 'words', type: 'list[str]' },
      { name: 'queries', type: 'list[str]' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'prefix_counts', javascript: 'prefixCounts' },
  cases: [
    { args: [['car', 'cart', 'cat', 'car'], ['car', 'ca', 'dog']], expected: [3, 4, 0], note: 'the example' },
    { args: [[], ['a', '']], expected: [0, 0], note: 'no words' },
    { args: [['apple'], []], expected: [], note: 'no queries' },
    { args: [['a', 'b', 'ab'], ['', 'a', 'b', 'c']], expected: [3, 2, 1, 0], note: 'the empty query counts every word' },
    { args: [['ab', 'abc'], ['ab', 'abc', 'abcd']], expected: [2, 1, 0], note: 'a whole word is its own prefix; longer than every word' },
    {
      args: [['car', 'car', 'cart', 'cat'], ['car', 'car', 'cart', 'carts', 'c']],
      expected: [3, 3, 1, 0, 4],
      note: 'duplicate words and a repeated query',
    },
    {
      args: [['zz', 'z', 'za', 'y', 'zzzzzzzzzzzz'], ['z', 'zz', 'y', 'yz', 'a', 'zzzzzzzzzzzz']],
      expected: [4, 2, 1, 0, 0, 1],
      note: 'letters at the ends of the alphabet, a 12-letter word',
    },
    {
      args: [['b', 'ba', 'bab', 'baba'], ['baba', 'bab', 'ba', 'b']],
      expected: [1, 2, 3, 4],
      note: 'words that are prefixes of each other',
    },
  ],
  levels: enamelLevels([12, 300, 600, 1000]),
  generate(rng, size, level) {
    // `size` words over a few letters, so prefixes are shared, and four times as many queries: most
    // are prefixes of words, some are random (often matching nothing), a few are empty.
    const alphabet = 'abcdefghijklmnopqrstuvwxyz'.slice(0, rng.int(4, 10));
    const n = level.index === 0 ? rng.int(0, size) : size;
    const words = Array.from({ length: n }, () => rng.string(rng.float() < 0.9 ? rng.int(3, 8) : rng.int(1, 12), alphabet));
    const queries: string[] = [];
    const q = level.index === 0 ? rng.int(0, 4 * size) : 4 * size;
    for (let i = 0; i < q; i++) {
      const r = rng.float();
      if (r < 0.65 && n > 0) {
        const w = words[rng.int(0, n - 1)]!;
        queries.push(w.slice(0, rng.int(1, w.length)));
      } else if (r < 0.98) queries.push(rng.string(rng.int(1, 6), r < 0.9 ? alphabet : 'abcdefghijklmnopqrstuvwxyz'));
      else queries.push('');
    }
    return [words, queries];
  },
});
