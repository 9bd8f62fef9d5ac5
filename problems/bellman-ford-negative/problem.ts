import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'bellman-ford-negative',
  title: 'Shortest paths with negative edges',
  category: 'algorithm',
  tags: ['graphs', 'shortest-paths', 'bellman-ford', 'stdio'],
  kind: 'stdio',
  statement: `
A directed graph has \`n\` nodes numbered \`1 .. n\` and weighted edges; weights may be negative.
For every node \`v\`, report the length of the shortest walk from the source \`s\` to \`v\`:

- \`UNREACHABLE\` if no walk from \`s\` leads to \`v\`;
- \`-INF\` if walks from \`s\` to \`v\` can be arbitrarily short, i.e. some walk from \`s\` to \`v\`
  passes through a cycle of negative total weight;
- otherwise the length of the shortest walk (\`0\` for \`s\` itself unless \`s\` is \`-INF\`).

**Input** (standard input): the first line holds \`n m s\`. Each of the next \`m\` lines holds an
edge \`u v w\`: from \`u\` to \`v\` with weight \`w\`.

**Output** (standard output): \`n\` lines; line \`v\` holds the answer for node \`v\`.

**Bounds:** \`1 <= n <= 2000\`; \`0 <= m <= 10^4\`; \`1 <= u, v, s <= n\`; \`-10^6 <= w <= 10^6\`.
Edges may repeat; self-loops may occur (a negative self-loop is a negative cycle).
`,
  cases: [
    { stdin: '1 0 1\n', expected: '0\n', note: 'one node' },
    { stdin: '3 1 2\n1 3 5\n', expected: 'UNREACHABLE\n0\nUNREACHABLE\n', note: 'nothing reachable from the source' },
    { stdin: '3 3 1\n1 2 4\n2 3 -6\n1 3 -1\n', expected: '0\n4\n-2\n', note: 'a negative edge gives a shorter detour' },
    { stdin: '2 2 1\n1 2 3\n2 2 -1\n', expected: '0\n-INF\n', note: 'a negative self-loop' },
    {
      stdin: '5 6 1\n1 2 1\n2 3 1\n3 2 -3\n3 4 2\n5 1 11\n1 5 -10\n',
      expected: '0\n-INF\n-INF\n-INF\n-10\n',
      note: 'a negative cycle and everything after it; the source is not on it',
    },
    { stdin: '3 3 1\n1 2 2\n2 1 -2\n2 3 7\n', expected: '0\n2\n9\n', note: 'a zero-weight cycle is harmless' },
    { stdin: '4 4 4\n1 2 -5\n2 1 -5\n4 3 -1000000\n3 3 0\n', expected: 'UNREACHABLE\nUNREACHABLE\n-1000000\n0\n', note: 'an unreachable negative cycle changes nothing' },
    { stdin: '2 3 1\n1 2 5\n1 2 -4\n1 2 9\n', expected: '0\n-4\n', note: 'repeated edges' },
    { stdin: '3 3 1\n1 2 -1\n2 1 -1\n2 3 5\n', expected: '-INF\n-INF\n-INF\n', note: 'the source on a negative cycle' },
  ],
  levels: enamelLevels([10, 120, 250, 500]),
  generate(rng, size, level) {
    const n = level.index === 0 ? rng.int(1, size) : size;
    // Weights w = c + p[u] - p[v] with c >= 0 and node potentials p: many negative edges but no
    // negative cycle (every cycle's weight is the sum of its c). The correctness level also
    // mixes in negative cycles; in the scored levels a negative cycle sits among nodes the
    // source cannot reach.
    const p = rng.ints(n + 1, 0, 100_000);
    const lines: string[] = [];
    const m = 3 * n;
    for (let e = 0; e < m; e++) {
      const u = rng.int(1, n);
      const v = rng.int(1, n);
      lines.push(`${u} ${v} ${rng.int(0, 50) + p[u]! - p[v]!}`);
    }
    const s = rng.int(1, n);
    if (level.index === 0 && rng.bool(0.5)) {
      const a = rng.int(1, n);
      const b = rng.int(1, n);
      lines.push(`${a} ${b} ${-rng.int(0, 10)}`, `${b} ${a} ${-rng.int(1, 10)}`);
    } else if (level.index > 0) {
      // Three extra nodes with only outgoing edges from the cycle: unreachable from s.
      const base = n;
      lines.push(`${base + 1} ${base + 2} -5`, `${base + 2} ${base + 3} -5`, `${base + 3} ${base + 1} -5`, `${base + 3} ${rng.int(1, n)} 7`);
      rng.shuffle(lines);
      return `${n + 3} ${lines.length} ${s}\n${lines.join('\n')}\n`;
    }
    rng.shuffle(lines);
    return `${n} ${lines.length} ${s}\n${lines.join('\n')}\n`;
  },
});
