import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'articulation-points',
  title: 'Articulation points',
  category: 'algorithm',
  tags: ['graphs', 'dfs', 'articulation-points', 'stdio'],
  kind: 'stdio',
  statement: `
An undirected graph has \`n\` nodes numbered \`1 .. n\`. A node is an articulation point when
removing it (with its edges) leaves more connected components among the remaining nodes than
the graph had before, not counting the removed node's own component if it was alone. Find all
articulation points.

**Input** (standard input): the first line holds \`n m\`. Each of the next \`m\` lines holds an
edge \`u v\`.

**Output** (standard output): the first line holds the number \`k\` of articulation points. If
\`k > 0\`, the second line holds them in increasing order, separated by single spaces.

**Bounds:** \`1 <= n <= 10^5\`; \`0 <= m <= 2 * 10^5\`; \`1 <= u, v <= n\`. The graph need not be
connected; edges may repeat, and self-loops \`v v\` may occur.
`,
  cases: [
    { stdin: '1 0\n', expected: '0\n', note: 'one node' },
    { stdin: '2 1\n1 2\n', expected: '0\n', note: 'a single edge: no articulation point' },
    { stdin: '3 2\n1 2\n2 3\n', expected: '1\n2\n', note: 'the middle of a path' },
    { stdin: '3 3\n1 2\n2 3\n3 1\n', expected: '0\n', note: 'a triangle' },
    { stdin: '4 3\n1 2\n1 3\n1 4\n', expected: '1\n1\n', note: 'the centre of a star (a root with several children)' },
    { stdin: '3 4\n1 2\n1 2\n2 3\n2 2\n', expected: '1\n2\n', note: 'a doubled edge and a self-loop change nothing' },
    {
      stdin: '7 8\n1 2\n2 3\n3 1\n3 4\n4 5\n5 6\n6 4\n6 7\n',
      expected: '3\n3 4 6\n',
      note: 'two triangles joined by an edge, plus a pendant node',
    },
    { stdin: '6 4\n1 2\n2 3\n4 5\n6 6\n', expected: '1\n2\n', note: 'several components, an isolated node with a loop' },
  ],
  levels: enamelLevels([10, 200, 400, 700]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(1, size) : size;
    // A random tree-like spanning structure (most inner nodes are cut vertices), then extra
    // edges that mostly close short cycles; a few doubled edges and self-loops.
    const edges: string[] = [];
    const order = rng.shuffle(Array.from({ length: n }, (_, i) => i + 1));
    for (let i = 1; i < n; i++) {
      if (rng.bool(0.97)) edges.push(`${order[i]} ${order[rng.int(Math.max(0, i - 5), i - 1)]}`);
    }
    for (let e = 0; e < Math.floor(n / 3); e++) {
      const i = rng.int(0, n - 1);
      const j = Math.min(n - 1, i + rng.int(1, 12));
      edges.push(`${order[i]} ${order[j]}`);
    }
    for (let e = 0; e < Math.floor(n / 50); e++) {
      const v = rng.int(1, n);
      edges.push(rng.bool(0.5) || edges.length === 0 ? `${v} ${v}` : rng.pick(edges));
    }
    rng.shuffle(edges);
    return `${n} ${edges.length}\n${edges.join('\n')}\n`;
  },
});
