import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'dijkstra-shortest-paths',
  title: 'Single-source shortest paths with non-negative weights',
  category: 'algorithm',
  tags: ['graphs', 'shortest-paths', 'heaps'],
  kind: 'function',
  statement: `
A directed graph has \`n\` nodes numbered \`0 .. n-1\`. Each entry \`(u, v, w)\` of \`edges\` is a
directed edge from \`u\` to \`v\` with weight \`w\`. Return a list \`dist\` of length \`n\` where
\`dist[i]\` is the length of a shortest path from node \`0\` to node \`i\`, or \`-1\` when node \`i\`
cannot be reached from node \`0\`.

- \`1 <= n <= 10^5\`; \`0 <= len(edges) <= 3 * 10^5\`; \`0 <= u, v < n\`; \`0 <= w <= 10^9\`.
- Self-loops and several edges between the same pair of nodes may occur.
- \`dist[0]\` is always \`0\`. Distances fit in a 64-bit signed integer; return them exactly.
- Do not modify \`edges\`.
`,
  signature: {
    params: [
      { name: 'n', type: 'int' },
      { name: 'edges', type: 'list[tuple[int,int,int]]' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'shortest_paths', javascript: 'shortestPaths' },
  cases: [
    { args: [1, []], expected: [0], note: 'single node, no edges' },
    { args: [3, []], expected: [0, -1, -1], note: 'no edges: everything else unreachable' },
    {
      args: [4, [[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 1], [2, 3, 5]]],
      expected: [0, 3, 1, 4],
      note: 'a longer path beats a direct edge',
    },
    {
      args: [3, [[1, 0, 1], [2, 1, 1]]],
      expected: [0, -1, -1],
      note: 'edges are directed: they point back to the source only',
    },
    {
      args: [3, [[0, 1, 7], [0, 1, 3], [1, 1, 0], [1, 2, 0], [0, 0, 5]]],
      expected: [0, 3, 3],
      note: 'parallel edges, self-loops and zero weights',
    },
    {
      args: [4, [[0, 1, 1000000000], [1, 2, 1000000000], [2, 3, 1000000000]]],
      expected: [0, 1000000000, 2000000000, 3000000000],
      note: 'distances beyond 2^31',
    },
    {
      args: [5, [[0, 1, 2], [3, 4, 1], [1, 0, 1]]],
      expected: [0, 2, -1, -1, -1],
      note: 'unreachable nodes with edges among themselves',
    },
  ],
  levels: enamelLevels([12, 150, 400, 900]),
  generate(rng, size) {
    const n = size;
    // A random spanning arborescence over most nodes keeps them reachable; a few nodes hang off
    // unreachable ones. Extra random edges with spread weights cause many relaxations.
    const order = rng.shuffle(Array.from({ length: n - 1 }, (_, i) => i + 1));
    const unreachable = Math.floor(n / 20);
    const reach = [0, ...order.slice(0, n - 1 - unreachable)];
    const rest = order.slice(n - 1 - unreachable);
    const isRest = new Array<boolean>(n).fill(false);
    for (const v of rest) isRest[v] = true;
    const edges: [number, number, number][] = [];
    const W = 1_000_000_000;
    for (let i = 1; i < reach.length; i++) {
      edges.push([reach[rng.int(0, i - 1)]!, reach[i]!, rng.int(0, W)]);
    }
    for (let i = 0; i < rest.length; i++) {
      edges.push([rest[rng.int(0, rest.length - 1)]!, rest[i]!, rng.int(0, W)]);
      edges.push([rest[i]!, rng.int(0, n - 1), rng.int(0, W)]);
    }
    const extra = 3 * n;
    for (let i = 0; i < extra; i++) {
      const u = rng.int(0, n - 1);
      const v = rng.int(0, n - 1);
      if (isRest[v] && !isRest[u]) continue;
      edges.push([u, v, rng.int(0, rng.bool(0.2) ? 1000 : W)]);
    }
    return [n, rng.shuffle(edges)];
  },
});
