import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'max-flow-small',
  title: 'Maximum flow',
  category: 'algorithm',
  tags: ['graphs', 'max-flow', 'stdio'],
  kind: 'stdio',
  statement: `
A directed network has \`n\` nodes numbered \`1 .. n\` and edges with integer capacities. Find the
maximum flow from the source \`s\` to the sink \`t\`: the largest total amount that can be sent
from \`s\` to \`t\` when each edge carries at most its capacity and every node other than \`s\`
and \`t\` passes on exactly what it receives.

**Input** (standard input): the first line holds \`n m s t\`. Each of the next \`m\` lines holds
an edge \`u v c\`: from \`u\` to \`v\` with capacity \`c\`.

**Output** (standard output): one line with the value of a maximum flow.

**Bounds:** \`2 <= n <= 500\`; \`0 <= m <= 5000\`; \`1 <= u, v, s, t <= n\`; \`s != t\`;
\`1 <= c <= 10^6\`. Edges may repeat (their capacities add up) and may run in both directions
between two nodes; self-loops may occur and carry nothing useful.
`,
  cases: [
    { stdin: '2 0 1 2\n', expected: '0\n', note: 'no edges' },
    { stdin: '2 1 1 2\n1 2 7\n', expected: '7\n', note: 'one edge' },
    { stdin: '2 1 1 2\n2 1 7\n', expected: '0\n', note: 'an edge the wrong way' },
    { stdin: '3 3 1 3\n1 2 5\n2 3 3\n1 3 4\n', expected: '7\n', note: 'a bottleneck on one of two routes' },
    {
      stdin: '4 5 1 4\n1 2 1\n1 3 1\n2 3 1\n2 4 1\n3 4 1\n',
      expected: '2\n',
      note: 'a middle edge that a greedy path would waste',
    },
    { stdin: '3 4 1 3\n1 2 2\n1 2 3\n2 3 10\n2 2 9\n', expected: '5\n', note: 'parallel edges add up; a self-loop is useless' },
    {
      stdin: '6 10 1 6\n1 2 16\n1 3 13\n2 3 10\n3 2 4\n2 4 12\n4 3 9\n3 5 14\n5 4 7\n4 6 20\n5 6 4\n',
      expected: '23\n',
      note: 'a classic network whose flow must be rerouted',
    },
    { stdin: '4 3 4 1\n4 2 1000000\n2 1 1000000\n4 1 1000000\n', expected: '2000000\n', note: 'large capacities; source and sink not 1 and n' },
  ],
  levels: enamelLevels([8, 50, 70, 90]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(2, size) : size;
    // Nodes on a hidden line from s to t; edges mostly go a few steps forward with small
    // capacities, some go backward, so many augmenting paths of varied lengths exist.
    const order = rng.shuffle(Array.from({ length: n }, (_, i) => i + 1));
    const s = order[0]!;
    const t = order[n - 1]!;
    const lines: string[] = [];
    const m = level.index === 0 ? rng.int(0, 4 * n) : 6 * n;
    for (let e = 0; e < m; e++) {
      const i = rng.int(0, n - 1);
      const j = rng.bool(0.8) ? Math.min(n - 1, i + rng.int(1, 6)) : rng.int(0, n - 1);
      lines.push(`${order[i]} ${order[j]} ${rng.int(1, 60)}`);
    }
    return `${n} ${m} ${s} ${t}\n${lines.join('\n')}${m ? '\n' : ''}`;
  },
});
