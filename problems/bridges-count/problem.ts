import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'bridges-count',
  title: 'Count bridges',
  category: 'algorithm',
  tags: ['graphs', 'dfs', 'bridges'],
  kind: 'function',
  statement: `
An undirected graph has \`n\` nodes numbered \`0 .. n-1\`; each \`(u, v)\` in \`edges\` is one edge
between \`u\` and \`v\`. An edge is a bridge when removing just that edge (and no other) leaves
some pair of nodes that were connected before no longer connected. Return the number of
bridges.

- \`1 <= n <= 10^5\`; \`0 <= len(edges) <= 2 * 10^5\`; \`0 <= u, v < n\`.
- The graph need not be connected.
- An edge may appear several times: each copy is a separate edge, so a doubled edge is never
  a bridge. A self-loop \`(v, v)\` is never a bridge.
- Do not modify \`edges\`.
`,
  signature: {
    params: [
      { name: 'n', type: 'int' },
      { name: 'edges', type: 'list[tuple[int, int]]' },
    ],
    returns: 'int',
  },
  entry: { python: 'count_bridges', javascript: 'countBridges' },
  cases: [
    { args: [1, []], expected: 0, note: 'one node' },
    { args: [2, [[0, 1]]], expected: 1, note: 'a single edge' },
    { args: [2, [[0, 1], [1, 0]]], expected: 0, note: 'a doubled edge is not a bridge' },
    { args: [3, [[0, 1], [1, 2], [2, 0]]], expected: 0, note: 'a triangle' },
    { args: [4, [[0, 1], [1, 2], [2, 3]]], expected: 3, note: 'a path: every edge' },
    { args: [3, [[0, 0], [1, 2], [1, 1]]], expected: 1, note: 'self-loops never count' },
    {
      args: [7, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 5], [5, 3], [5, 6]]],
      expected: 2,
      note: 'two triangles joined by a bridge, plus a pendant edge',
    },
    { args: [6, [[0, 1], [2, 3], [3, 4], [4, 2], [5, 5]]], expected: 1, note: 'several components' },
  ],
  levels: enamelLevels([10, 200, 400, 700]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(1, size) : size;
    // A random forest-like spanning structure (every edge a bridge on its own), then extra edges
    // that mostly close short cycles, so bridges and cycles mix; a few doubled edges and loops.
    const edges: [number, number][] = [];
    const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    for (let i = 1; i < n; i++) {
      if (rng.bool(0.97)) edges.push([order[i]!, order[rng.int(Math.max(0, i - 5), i - 1)]!]);
    }
    const extra = Math.floor(n / 3);
    for (let e = 0; e < extra; e++) {
      const i = rng.int(0, n - 1);
      const j = Math.min(n - 1, i + rng.int(1, 12));
      edges.push([order[i]!, order[j]!]);
    }
    for (let e = 0; e < Math.floor(n / 50); e++) {
      const v = rng.int(0, n - 1);
      if (rng.bool(0.5)) edges.push([v, v]);
      else if (edges.length > 0) edges.push([...rng.pick(edges)].reverse() as [number, number]);
    }
    return [n, rng.shuffle(edges)];
  },
});
