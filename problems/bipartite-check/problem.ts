import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'bipartite-check',
  title: 'Bipartite check with the smaller sides',
  category: 'algorithm',
  tags: ['graphs', 'bfs', 'bipartite'],
  kind: 'function',
  statement: `
An undirected graph has \`n\` nodes numbered \`0 .. n-1\`; each \`(u, v)\` in \`edges\` is an edge.
The graph is bipartite when its nodes can be split into two sides so that every edge joins
nodes on different sides. A connected component that is bipartite splits in exactly one way
(up to swapping its two sides).

If the graph is bipartite, return the sum over its connected components of the size of the
component's smaller side (an isolated node contributes 0). Otherwise return \`-1\`.

- \`1 <= n <= 10^5\`; \`0 <= len(edges) <= 2 * 10^5\`; \`0 <= u, v < n\`.
- Edges may repeat. A self-loop \`(v, v)\` makes the graph not bipartite.
- Do not modify \`edges\`.
`,
  signature: {
    params: [
      { name: 'n', type: 'int' },
      { name: 'edges', type: 'list[tuple[int, int]]' },
    ],
    returns: 'int',
  },
  entry: { python: 'bipartite_smaller_sides', javascript: 'bipartiteSmallerSides' },
  cases: [
    { args: [1, []], expected: 0, note: 'one isolated node' },
    { args: [2, [[0, 1]]], expected: 1, note: 'one edge' },
    { args: [3, [[0, 1], [1, 2], [2, 0]]], expected: -1, note: 'a triangle (odd cycle)' },
    { args: [4, [[0, 1], [1, 2], [2, 3], [3, 0]]], expected: 2, note: 'a square' },
    { args: [4, [[0, 1], [0, 2], [0, 3]]], expected: 1, note: 'a star: the centre alone is the smaller side' },
    { args: [3, [[0, 1], [2, 2]]], expected: -1, note: 'a self-loop' },
    { args: [5, [[0, 1], [1, 0], [2, 3], [3, 4]]], expected: 2, note: 'a repeated edge; components add up' },
    {
      args: [8, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 0], [6, 7], [7, 6], [5, 2]]],
      expected: 4,
      note: 'an even cycle with a chord between opposite sides, plus a doubled edge',
    },
    { args: [6, [[0, 1], [1, 2], [3, 4], [4, 5], [5, 3]]], expected: -1, note: 'one odd component spoils the rest' },
  ],
  levels: enamelLevels([10, 500, 1000, 2000]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(1, size) : size;
    // Components are long paths (in a random node order) with short chords of odd span, which
    // keep them bipartite but far across. Case 3 of each level adds one chord of even span to
    // the last component, so the conflict is found late.
    const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    const edges: [number, number][] = [];
    let last: number[] = [];
    for (let start = 0; start < n; ) {
      const len = Math.min(n - start, rng.int(1, Math.max(1, Math.floor(n / 3))));
      const comp = order.slice(start, start + len);
      for (let i = 1; i < len; i++) edges.push([comp[i - 1]!, comp[i]!]);
      for (let c = 0; c < Math.floor(len / 3); c++) {
        const i = rng.int(0, len - 1);
        const j = i + 2 * rng.int(0, 7) + 1;
        if (j < len) edges.push([comp[i]!, comp[j]!]);
      }
      last = comp;
      start += len;
    }
    if (level.caseIndex === 3 && last.length >= 3) {
      const i = rng.int(0, last.length - 3);
      edges.push([last[i]!, last[Math.min(last.length - 1, i + 2 * rng.int(1, 5))]!]);
    }
    return [n, rng.shuffle(edges)];
  },
});
