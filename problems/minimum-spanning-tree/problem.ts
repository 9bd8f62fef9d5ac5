import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'minimum-spanning-tree',
  title: 'Weight of a minimum spanning forest',
  category: 'algorithm',
  tags: ['graphs', 'union-find', 'sorting'],
  kind: 'function',
  statement: `
An undirected weighted graph has \`n\` nodes numbered \`0 .. n-1\`; each entry \`(u, v, w)\` of
\`edges\` connects \`u\` and \`v\` with weight \`w\`. Return the total weight of a minimum spanning
forest: a set of edges of least total weight that connects every pair of nodes that the whole
graph connects (a minimum spanning tree of each connected component). Only the total is
returned, so ties between equal weights do not matter.

- \`1 <= n <= 10^5\`; \`0 <= len(edges) <= 3 * 10^5\`; \`0 <= u, v < n\`;
  \`-10^9 <= w <= 10^9\`.
- Self-loops and several edges between the same pair of nodes may occur (a self-loop is never
  needed). Weights may be negative or zero; a graph with no edges has total \`0\`.
- Do not modify \`edges\`.
`,
  signature: {
    params: [
      { name: 'n', type: 'int' },
      { name: 'edges', type: 'list[tuple[int,int,int]]' },
    ],
    returns: 'int',
  },
  entry: { python: 'spanning_forest_weight', javascript: 'spanningForestWeight' },
  cases: [
    { args: [1, []], expected: 0, note: 'a single node' },
    { args: [4, []], expected: 0, note: 'no edges: four trivial trees' },
    {
      args: [4, [[0, 1, 1], [1, 2, 2], [2, 3, 3], [3, 0, 4], [0, 2, 5]]],
      expected: 6,
      note: 'a cycle: the heaviest edges are left out',
    },
    {
      args: [3, [[0, 1, 5], [0, 1, 2], [1, 1, -7], [1, 2, 3], [2, 1, 1]]],
      expected: 3,
      note: 'parallel edges and a negative self-loop that must not be taken',
    },
    {
      args: [5, [[0, 1, -4], [1, 2, -1], [0, 2, -3], [3, 4, 10]]],
      expected: 3,
      note: 'negative weights and two components',
    },
    {
      args: [4, [[0, 1, 1000000000], [1, 2, 1000000000], [2, 3, 1000000000], [0, 3, 1000000000]]],
      expected: 3000000000,
      note: 'equal extreme weights, total beyond 2^31',
    },
    {
      args: [3, [[0, 1, -1000000000], [1, 2, -1000000000], [0, 2, -1000000000]]],
      expected: -2000000000,
      note: 'most negative weights',
    },
  ],
  levels: enamelLevels([12, 150, 400, 1000]),
  generate(rng, size, level) {
    const n = size;
    // A few separate groups (so the answer is a forest), each densely connected with random
    // weights; one case per level uses a narrow weight range with many ties.
    const groups = 1 + rng.int(0, 3);
    const cut = Array.from({ length: groups - 1 }, () => rng.int(1, n - 1)).sort((a, b) => a - b);
    const bounds = [0, ...cut, n];
    const narrow = level.caseIndex === 3;
    const weight = () => (narrow ? rng.int(-5, 5) : rng.int(-1_000_000_000, 1_000_000_000));
    const label = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    const edges: [number, number, number][] = [];
    for (let g = 0; g < groups; g++) {
      const lo = bounds[g]!;
      const hi = bounds[g + 1]! - 1;
      if (hi <= lo) continue;
      const k = hi - lo + 1;
      for (let i = lo + 1; i <= hi; i++) edges.push([label[i]!, label[rng.int(lo, i - 1)]!, weight()]);
      for (let j = 0; j < 3 * k; j++) edges.push([label[rng.int(lo, hi)]!, label[rng.int(lo, hi)]!, weight()]);
    }
    return [n, rng.shuffle(edges)];
  },
});
