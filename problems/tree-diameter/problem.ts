import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'tree-diameter',
  title: 'Diameter of a tree',
  category: 'algorithm',
  tags: ['trees', 'bfs'],
  kind: 'function',
  statement: `
A tree has \`n\` nodes numbered \`0 .. n-1\` and the \`n - 1\` undirected edges in \`edges\`, each a
pair \`(u, v)\`. Return the diameter: the number of edges on the longest simple path between any
two nodes.

- \`1 <= n <= 10^5\`; \`len(edges) == n - 1\`; \`0 <= u, v < n\`; the edges form a tree (connected,
  no cycles, no self-loops, no repeated edges). The edges and their endpoints come in any order.
- Trees may be very deep (a path of \`10^5\` nodes), so avoid deep recursion.
- Do not modify \`edges\`.
`,
  signature: {
    params: [
      { name: 'n', type: 'int' },
      { name: 'edges', type: 'list[tuple[int,int]]' },
    ],
    returns: 'int',
  },
  entry: { python: 'tree_diameter', javascript: 'treeDiameter' },
  cases: [
    { args: [1, []], expected: 0, note: 'a single node' },
    { args: [2, [[1, 0]]], expected: 1, note: 'one edge' },
    { args: [5, [[0, 1], [0, 2], [0, 3], [0, 4]]], expected: 2, note: 'a star' },
    { args: [5, [[3, 4], [1, 2], [0, 1], [2, 3]]], expected: 4, note: 'a path with shuffled edges' },
    {
      args: [7, [[0, 1], [1, 2], [2, 3], [1, 4], [4, 5], [5, 6]]],
      expected: 5,
      note: 'the longest path does not pass through node 0',
    },
    {
      args: [8, [[5, 0], [0, 6], [6, 7], [0, 1], [1, 2], [2, 3], [3, 4]]],
      expected: 6,
      note: 'three arms of different lengths from node 0',
    },
    {
      args: [6, [[4, 5], [4, 3], [4, 2], [2, 1], [1, 0]]],
      expected: 4,
      note: 'deepest leaf is not an end of every longest path from 0',
    },
  ],
  levels: enamelLevels([12, 200, 500, 1200]),
  generate(rng, size, level) {
    const n = size;
    const parent: number[] = [-1];
    const shape = level.caseIndex % 4;
    for (let i = 1; i < n; i++) {
      if (shape === 0) parent.push(rng.int(0, i - 1)); // random recursive tree: shallow
      else if (shape === 1) parent.push(rng.int(Math.max(0, i - 3), i - 1)); // long and thin
      else if (shape === 2) parent.push(rng.bool(0.7) ? i - 1 : rng.int(0, i - 1)); // long branches
      else parent.push(rng.bool(0.5) ? rng.int(0, Math.min(i - 1, 5)) : rng.int(Math.max(0, i - 50), i - 1)); // brooms
    }
    // Random labels (node 0 is no special root), random edge order and endpoint order.
    const label = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    const edges: [number, number][] = [];
    for (let i = 1; i < n; i++) {
      const a = label[i]!;
      const b = label[parent[i]!]!;
      edges.push(rng.bool() ? [a, b] : [b, a]);
    }
    return [n, rng.shuffle(edges)];
  },
});
