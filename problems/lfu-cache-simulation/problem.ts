import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'lfu-cache-simulation',
  title: 'Simulate an LFU cache',
  category: 'implementation',
  tags: ['simulation', 'hashing'],
  kind: 'function',
  statement: `
Simulate a key-value cache that holds at most \`capacity\` entries and, when full, evicts the
least frequently used entry. Each entry has a use count: it starts at 1 when the entry is
added and grows by 1 on every later use.

\`ops\` is a list of operations applied in order, each a tuple \`(kind, key, value)\`:

- \`(0, key, 0)\`, a lookup: if \`key\` is cached, its value is the result and the entry is
  used; otherwise the result is \`-1\`.
- \`(1, key, value)\`, a store: if \`key\` is cached, its value is replaced and the entry is
  used. Otherwise, if the cache already holds \`capacity\` entries, the entry with the smallest
  use count is removed first (among equal counts, the one whose last use, or addition, lies
  furthest back); then the new entry is added with count 1.

Return the results of the lookups, in order.

- \`1 <= capacity <= 10^5\`; \`0 <= len(ops) <= 2 * 10^5\`; \`0 <= key, value <= 10^9\`.
- Do not modify \`ops\`.
`,
  signature: {
    params: [
      { name: 'capacity', type: 'int' },
      { name: 'ops', type: 'list[tuple[int, int, int]]' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'lfu_cache', javascript: 'lfuCache' },
  cases: [
    { args: [1, []], expected: [], note: 'no operations' },
    { args: [2, [[0, 1, 0], [0, 2, 0]]], expected: [-1, -1], note: 'lookups in an empty cache' },
    {
      args: [2, [[1, 1, 1], [1, 2, 2], [0, 1, 0], [1, 3, 3], [0, 2, 0], [0, 3, 0], [1, 4, 4], [0, 1, 0], [0, 3, 0], [0, 4, 0]]],
      expected: [1, -1, 3, -1, 3, 4],
      note: 'classic: key 2 has the lowest count; then 1 and 3 tie and 1 was used longer ago',
    },
    {
      args: [2, [[1, 1, 10], [1, 2, 20], [1, 1, 11], [1, 3, 30], [0, 1, 0], [0, 2, 0], [0, 3, 0]]],
      expected: [11, -1, 30],
      note: 'a store on a cached key counts as a use and does not evict',
    },
    {
      args: [1, [[1, 5, 1], [0, 5, 0], [0, 5, 0], [1, 6, 2], [0, 5, 0], [0, 6, 0]]],
      expected: [1, 1, -1, 2],
      note: 'capacity one: a high count does not protect the only entry',
    },
    {
      args: [3, [[1, 1, 1], [1, 2, 2], [1, 3, 3], [0, 9, 0], [1, 4, 4], [0, 1, 0], [0, 2, 0], [0, 4, 0]]],
      expected: [-1, -1, 2, 4],
      note: 'all counts equal: the oldest entry goes; a miss uses nothing',
    },
    {
      args: [2, [[1, 1000000000, 0], [0, 1000000000, 0], [1, 0, 1000000000], [0, 0, 0]]],
      expected: [0, 1000000000],
      note: 'extreme keys and values, a zero value is not a miss',
    },
  ],
  levels: enamelLevels([16, 600, 1500, 3000]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(0, size) : size;
    const capacity = Math.max(1, level.index === 0 ? rng.int(1, 4) : Math.floor(size / 8));
    // Keys from a range about three times the capacity, skewed toward a hot subset, so counts
    // spread out and evictions are frequent.
    const keySpan = 3 * capacity;
    const keys = rng.ints(keySpan, 0, 1_000_000_000);
    const ops: [number, number, number][] = [];
    for (let i = 0; i < n; i++) {
      const k = keys[Math.min(rng.int(0, keySpan - 1), rng.int(0, keySpan - 1))]!;
      ops.push(rng.bool(0.5) ? [0, k, 0] : [1, k, rng.int(0, 1_000_000_000)]);
    }
    return [capacity, ops];
  },
});
