import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'topological-order',
  title: 'Smallest topological order',
  category: 'algorithm',
  tags: ['graphs', 'topological-sort', 'heaps'],
  kind: 'stdio',
  statement: `
A directed graph has \`n\` nodes numbered \`0 .. n-1\`. An edge \`u v\` means \`u\` must appear before
\`v\`. Print the lexicographically smallest ordering of all nodes that respects every edge,
comparing orderings as sequences of numbers (so the first node is as small as possible, then
the second, and so on). If no such ordering exists because the graph has a directed cycle,
print \`CYCLE\` instead.

**Input.** The first line holds \`n m\`. Each of the next \`m\` lines holds an edge \`u v\`.

- \`1 <= n <= 10^5\`; \`0 <= m <= 2 * 10^5\`; \`0 <= u, v < n\`.
- Repeated edges may occur; a self-loop \`u u\` is a cycle.

**Output.** One line: the \`n\` node numbers separated by single spaces, or the word \`CYCLE\`.
`,
  cases: [
    { stdin: '1 0\n', expected: '0', note: 'single node' },
    { stdin: '4 0\n', expected: '0 1 2 3', note: 'no edges: increasing order' },
    { stdin: '3 2\n2 1\n1 0\n', expected: '2 1 0', note: 'a chain forces the reverse order' },
    { stdin: '5 3\n3 0\n4 0\n1 2\n', expected: '1 2 3 4 0', note: 'smallest available node first each time' },
    { stdin: '3 3\n0 1\n1 2\n2 0\n', expected: 'CYCLE', note: 'a directed cycle' },
    { stdin: '2 1\n1 1\n', expected: 'CYCLE', note: 'a self-loop is a cycle' },
    { stdin: '4 4\n2 3\n2 3\n0 3\n3 1\n', expected: '0 2 3 1', note: 'repeated edges count once each' },
    { stdin: '6 4\n5 4\n4 3\n3 5\n0 1\n', expected: 'CYCLE', note: 'a cycle away from the nodes that come first' },
  ],
  levels: enamelLevels([12, 300, 1200, 2400]),
  generate(rng, size, level) {
    const n = size;
    // A hidden random order; edges go forward in it, mostly between nearby positions so long
    // dependency chains form and many nodes wait in the ready set. One case per level adds a
    // single backward edge near the end, which makes a cycle only found after most of the work.
    const perm = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    const edges: string[] = [];
    const m = n;
    for (let i = 0; i < m && n > 1; i++) {
      const a = rng.int(0, n - 2);
      const span = rng.bool(0.8) ? Math.min(n - 1 - a, 1 + rng.int(0, 20)) : n - 1 - a;
      const b = a + rng.int(1, span);
      edges.push(`${perm[a]} ${perm[b]}`);
    }
    if (level.caseIndex === 3 && n > 4) {
      const b = rng.int(Math.floor((n * 9) / 10), n - 2);
      edges.push(`${perm[b]} ${perm[b - rng.int(1, 3)]}`);
      edges.push(`${perm[b - 1]} ${perm[b]}`, `${perm[b - 2]} ${perm[b - 1]}`, `${perm[b - 3]} ${perm[b - 2]}`);
    }
    rng.shuffle(edges);
    return `${n} ${edges.length}\n${edges.join('\n')}\n`;
  },
});
