import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'count-components',
  title: 'Count connected components',
  category: 'algorithm',
  tags: ['graphs', 'union-find'],
  kind: 'function',
  statement: `
An undirected graph has \`n\` nodes numbered \`0 .. n-1\`; each pair \`(u, v)\` in \`edges\` connects
\`u\` and \`v\`. Return the number of connected components (an isolated node is a component of
its own).

- \`1 <= n <= 10^5\`; \`0 <= len(edges) <= 2 * 10^5\`; \`0 <= u, v < n\`.
- Self-loops and repeated edges may occur.
- Do not modify \`edges\`.
`,
  signature: {
    params: [
      { name: 'n', type: 'int' },
      { name: 'edges', type: 'list[tuple[int,int]]' },
    ],
    returns: 'int',
  },
  entry: { python: 'count_components', javascript: 'countComponents' },
  cases: [
    { args: [1, []], expected: 1, note: 'single node' },
    { args: [5, []], expected: 5, note: 'no edges: every node alone' },
    { args: [5, [[0, 1], [1, 2], [3, 4]]], expected: 2, note: 'two components' },
    { args: [4, [[0, 1], [1, 0], [0, 1], [2, 2]]], expected: 3, note: 'repeated edges and a self-loop' },
    { args: [6, [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3]]], expected: 2, note: 'two cycles' },
    { args: [5, [[4, 3], [3, 2], [2, 1], [1, 0]]], expected: 1, note: 'a path given back to front' },
    { args: [7, [[0, 6], [6, 1], [2, 5]]], expected: 4, note: 'edges between distant labels' },
  ],
  levels: enamelLevels([12, 300, 1000, 2500]),
  generate(rng, size) {
    const n = size;
    // About n random edges leave a giant component, some small ones and a few isolated nodes,
    // so almost every edge merges two components. Some repeats and self-loops are mixed in.
    const m = n;
    const edges: [number, number][] = [];
    for (let i = 0; i < m; i++) {
      const r = rng.float();
      if (r < 0.02) {
        const v = rng.int(0, n - 1);
        edges.push([v, v]);
      } else if (r < 0.06 && edges.length > 0) {
        const [a, b] = rng.pick(edges);
        edges.push(rng.bool() ? [a, b] : [b, a]);
      } else {
        edges.push([rng.int(0, n - 1), rng.int(0, n - 1)]);
      }
    }
    return [n, edges];
  },
});
