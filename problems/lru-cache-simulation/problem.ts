import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'lru-cache-simulation',
  title: 'Simulate an LRU cache',
  category: 'implementation',
  tags: ['simulation', 'hashing', 'linked-list', 'stdio'],
  kind: 'stdio',
  statement: `
Simulate a key-value cache that holds at most \`c\` entries and evicts the least recently used
one when it is full.

**Input** (standard input): the first line holds \`c q\`, the capacity and the number of
operations. Each of the next \`q\` lines is one operation, applied in order:

- \`G k\`: look up key \`k\`. If it is cached, report its value and mark the entry as the most
  recently used; otherwise report \`-1\`.
- \`P k v\`: store value \`v\` under key \`k\`. If \`k\` is cached, its value is replaced;
  otherwise, if the cache already holds \`c\` entries, the least recently used entry is
  removed first, then the new entry is added. Either way the entry for \`k\` becomes the most
  recently used.

An entry is "used" by every \`G\` that finds it and every \`P\` on its key.

**Output** (standard output): one line per \`G\` operation, in input order, with the value or
\`-1\`. Print nothing else.

**Bounds:** \`1 <= c <= 10^5\`; \`0 <= q <= 2 * 10^5\`; \`0 <= k <= 10^9\`; \`0 <= v <= 10^9\`. Numbers are
written in decimal without leading zeros, tokens separated by single spaces.
`,
  cases: [
    { stdin: '1 0\n', expected: '', note: 'no operations' },
    { stdin: '2 2\nG 5\nG 0\n', expected: '-1\n-1\n', note: 'lookups in an empty cache' },
    {
      stdin: '2 7\nP 1 10\nP 2 20\nG 1\nP 3 30\nG 2\nG 3\nG 1\n',
      expected: '10\n-1\n30\n10\n',
      note: 'a lookup protects key 1, so key 2 is evicted',
    },
    {
      stdin: '2 6\nP 1 10\nP 2 20\nP 1 11\nP 3 30\nG 2\nG 1\n',
      expected: '-1\n11\n',
      note: 'overwriting a key refreshes it and does not evict',
    },
    {
      stdin: '1 5\nP 7 1\nP 8 2\nG 7\nG 8\nP 8 3\n',
      expected: '-1\n2\n',
      note: 'capacity one',
    },
    {
      stdin: '3 8\nP 1 1\nP 2 2\nP 3 3\nG 4\nP 4 4\nG 1\nG 2\nG 4\n',
      expected: '-1\n-1\n2\n4\n',
      note: 'a miss does not change the order; the oldest entry goes',
    },
    {
      stdin: '2 4\nP 1000000000 0\nG 1000000000\nP 0 1000000000\nG 0\n',
      expected: '0\n1000000000\n',
      note: 'extreme keys and values, a zero value is not a miss',
    },
  ],
  levels: enamelLevels([16, 600, 1500, 3000]),
  generate(rng, size, level) {
    const q = level.index === 0 ? rng.int(0, size) : size;
    const c = Math.max(1, level.index === 0 ? rng.int(1, 4) : Math.floor(size / 10));
    // Keys from a range about three times the capacity with a skew toward small keys, so both
    // hits and evictions are frequent.
    const keySpan = 3 * c;
    const keys = rng.ints(keySpan, 0, 1_000_000_000);
    const lines = [`${c} ${q}`];
    for (let i = 0; i < q; i++) {
      const k = keys[Math.min(rng.int(0, keySpan - 1), rng.int(0, keySpan - 1))]!;
      lines.push(rng.bool(0.5) ? `G ${k}` : `P ${k} ${rng.int(0, 1_000_000_000)}`);
    }
    return lines.join('\n') + '\n';
  },
});
