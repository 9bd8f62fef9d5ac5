import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'strongly-connected-components',
  title: 'Strongly connected components',
  category: 'algorithm',
  tags: ['graphs', 'dfs', 'strongly-connected-components'],
  kind: 'function',
  statement: `
A directed graph has \`n\` nodes numbered \`0 .. n-1\`; each \`(u, v)\` in \`edges\` is an edge from
\`u\` to \`v\`. Two nodes belong to the same strongly connected component when each can be reached
from the other along edges (every node reaches itself). Return a list \`label\` of length \`n\`
where \`label[v]\` is the smallest node number in the component of \`v\`.

- \`1 <= n <= 10^5\`; \`0 <= len(edges) <= 2 * 10^5\`; \`0 <= u, v < n\`.
- Edges may repeat, and self-loops \`(v, v)\` may occur (they change nothing).
- Do not modify \`edges\`.
`,
  signature: {
    params: [
      { name: 'n', type: 'int' },
      { name: 'edges', type: 'list[tuple[int, int]]' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'scc_labels', javascript: 'sccLabels' },
  cases: [
    { args: [1, []], expected: [0], note: 'one node' },
    { args: [3, []], expected: [0, 1, 2], note: 'no edges: every node alone' },
    { args: [3, [[0, 1], [1, 2]]], expected: [0, 1, 2], note: 'a path is not strongly connected' },
    { args: [3, [[0, 1], [1, 2], [2, 0]]], expected: [0, 0, 0], note: 'one cycle' },
    { args: [5, [[3, 4], [4, 3], [1, 3], [2, 2], [2, 2]]], expected: [0, 1, 2, 3, 3], note: 'self-loops and repeated edges' },
    {
      args: [6, [[5, 4], [4, 5], [0, 5], [1, 0], [2, 1], [1, 2], [3, 3]]],
      expected: [0, 1, 1, 3, 4, 4],
      note: 'components labelled by their smallest node, not by discovery order',
    },
    {
      args: [7, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 5], [5, 3], [6, 5], [4, 6]]],
      expected: [0, 0, 0, 3, 3, 3, 3],
      note: 'two cycles joined one way only; node 6 closes a second loop',
    },
  ],
  levels: enamelLevels([10, 250, 500, 800]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(1, size) : size;
    // Nodes in a random order split into groups of random sizes (a few large); each group gets
    // a cycle plus extra inner edges, so it is one component. Edges between groups go forward in
    // the group order (no merging), and a few random edges may merge groups.
    const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    const groups: number[][] = [];
    for (let start = 0; start < n; ) {
      const len = Math.min(n - start, rng.bool(0.1) ? rng.int(1, Math.max(1, Math.floor(n / 4))) : rng.int(1, 8));
      groups.push(order.slice(start, start + len));
      start += len;
    }
    const edges: [number, number][] = [];
    for (const g of groups) {
      for (let i = 0; i < g.length && g.length > 1; i++) edges.push([g[i]!, g[(i + 1) % g.length]!]);
      for (let e = 0; e < Math.floor(g.length / 2); e++) edges.push([rng.pick(g), rng.pick(g)]);
    }
    for (let e = 0; e < n; e++) {
      const a = rng.int(0, groups.length - 1);
      const b = rng.int(a, groups.length - 1);
      edges.push([rng.pick(groups[a]!), rng.pick(groups[b]!)]);
    }
    for (let e = 0; e < Math.floor(n / 100); e++) edges.push([rng.int(0, n - 1), rng.int(0, n - 1)]);
    return [n, rng.shuffle(edges)];
  },
});
