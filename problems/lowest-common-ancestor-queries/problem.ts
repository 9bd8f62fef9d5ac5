import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'lowest-common-ancestor-queries',
  title: 'Lowest common ancestor queries',
  category: 'algorithm',
  tags: ['trees'],
  kind: 'function',
  statement: `
A rooted tree has \`n = len(parent)\` nodes numbered \`0 .. n-1\`. Node \`0\` is the root and
\`parent[0] == -1\`; for every other node \`i\`, \`parent[i]\` is its parent (it may be larger or
smaller than \`i\`). For each query \`(u, v)\` in \`queries\`, find the lowest common ancestor: the
deepest node that is an ancestor of both \`u\` and \`v\`, where every node counts as an ancestor of
itself. Return the answers as a list, in query order.

- \`1 <= n <= 10^5\`; \`0 <= len(queries) <= 10^5\`; \`0 <= u, v < n\`; \`u == v\` is allowed.
- \`parent\` always describes a single tree rooted at \`0\`, which may be a path of \`n\` nodes:
  avoid deep recursion.
- Do not modify the inputs.
`,
  signature: {
    params: [
      { name: 'parent', type: 'list[int]' },
      { name: 'queries', type: 'list[tuple[int,int]]' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'lca_queries', javascript: 'lcaQueries' },
  cases: [
    { args: [[-1], [[0, 0]]], expected: [0], note: 'a single node' },
    { args: [[-1, 0, 0], []], expected: [], note: 'no queries' },
    {
      args: [[-1, 0, 0, 1, 1, 2], [[3, 4], [3, 5], [4, 1], [5, 5], [0, 3]]],
      expected: [1, 0, 1, 5, 0],
      note: 'siblings, cousins, ancestor with descendant, equal nodes, the root',
    },
    {
      args: [[-1, 2, 3, 0], [[1, 3], [1, 2], [2, 1], [0, 1]]],
      expected: [3, 2, 2, 0],
      note: 'a path whose parents have larger labels',
    },
    {
      args: [[-1, 4, 4, 1, 0, 2, 3], [[6, 5], [6, 3], [5, 2], [1, 2]]],
      expected: [4, 3, 2, 4],
      note: 'deeper branches, in both query orders',
    },
    {
      args: [[-1, 0, 1, 2, 3, 4, 5, 6, 7, 8], [[9, 0], [9, 8], [4, 7], [9, 9]]],
      expected: [0, 8, 4, 9],
      note: 'a path: the answer is the shallower node',
    },
    {
      args: [[-1, 0, 0, 0, 0], [[1, 2], [3, 4], [4, 4], [0, 0]]],
      expected: [0, 0, 4, 0],
      note: 'a star',
    },
  ],
  levels: enamelLevels([12, 250, 700, 1400]),
  generate(rng, size, level) {
    const n = size;
    const shape = level.caseIndex % 4;
    const par: number[] = [-1];
    for (let i = 1; i < n; i++) {
      if (shape === 0) par.push(rng.int(Math.max(0, i - 3), i - 1)); // long and thin
      else if (shape === 1) par.push(rng.bool(0.9) ? i - 1 : rng.int(Math.max(0, i - 20), i - 1)); // short twigs
      else if (shape === 2) par.push(Math.max(0, i - rng.int(2, 3))); // two or three intertwined chains
      else par.push(rng.bool(0.6) ? i - 1 : rng.int(Math.max(0, i - 8), i - 1)); // deep, with side branches
    }
    // Keep 0 as the root; shuffle the other labels so parents are not always smaller.
    const label = [0, ...rng.shuffle(Array.from({ length: n - 1 }, (_, i) => i + 1))];
    const parent = new Array<number>(n);
    parent[0] = -1;
    for (let i = 1; i < n; i++) parent[label[i]!] = label[par[i]!]!;
    const q = Math.max(1, n >> 1);
    const queries: [number, number][] = [];
    for (let j = 0; j < q; j++) {
      const r = rng.float();
      const u = rng.int(0, n - 1);
      if (r < 0.05) queries.push([u, u]);
      else if (r < 0.15) {
        // an ancestor of u
        let a = u;
        for (let s = rng.int(0, n); s > 0 && parent[a]! >= 0; s--) a = parent[a]!;
        queries.push(rng.bool() ? [u, a] : [a, u]);
      } else queries.push([u, rng.int(0, n - 1)]);
    }
    return [parent, queries];
  },
});
