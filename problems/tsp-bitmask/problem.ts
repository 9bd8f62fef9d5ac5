import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'tsp-bitmask',
  title: 'Shortest round trip through every city',
  category: 'algorithm',
  tags: ['dynamic-programming', 'bitmask-dp', 'graphs'],
  kind: 'function',
  statement: `
There are \`n\` cities numbered \`0 .. n - 1\`; travelling directly from city \`i\` to city \`j\`
costs \`dist[i][j]\` (not necessarily equal to \`dist[j][i]\`). A round trip starts in city 0,
visits every other city exactly once, and returns to city 0. Return the smallest total cost of
a round trip.

- \`1 <= n <= 12\`; \`dist\` is an \`n x n\` list of lists; \`0 <= dist[i][j] <= 10^6\`;
  \`dist[i][i] == 0\`.
- With \`n == 1\` the trip is empty and costs 0; with \`n == 2\` it is \`dist[0][1] + dist[1][0]\`.
- Do not modify \`dist\`.
`,
  signature: { params: [{ name: 'dist', type: 'list[list[int]]' }], returns: 'int' },
  entry: { python: 'shortest_round_trip', javascript: 'shortestRoundTrip' },
  cases: [
    { args: [[[0]]], expected: 0, note: 'one city' },
    { args: [[[0, 5], [7, 0]]], expected: 12, note: 'two cities, asymmetric' },
    { args: [[[0, 1, 1], [1, 0, 1], [1, 1, 0]]], expected: 3, note: 'triangle' },
    { args: [[[0, 1, 9], [9, 0, 1], [1, 9, 0]]], expected: 3, note: 'one direction is cheap: 0 -> 1 -> 2 -> 0' },
    { args: [[[0, 10, 15, 20], [10, 0, 35, 25], [15, 35, 0, 30], [20, 25, 30, 0]]], expected: 80, note: 'classic four cities' },
    { args: [[[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]], expected: 0, note: 'all free' },
    { args: [[[0, 2, 9, 10, 7], [1, 0, 6, 4, 3], [15, 7, 0, 8, 3], [6, 3, 12, 0, 11], [9, 7, 5, 6, 0]]], expected: 22, note: 'five cities, asymmetric' },
    { args: [[[0, 1000000, 1000000], [1000000, 0, 1000000], [1000000, 1000000, 0]]], expected: 3000000, note: 'largest distances' },
  ],
  levels: enamelLevels([5, 8, 9, 10]),
  generate(rng, size, level) {
    const n = size;
    const dist = Array.from({ length: n }, () => rng.ints(n, 1, 1000));
    if (level.caseIndex % 2 === 1) {
      // Symmetric distances between random points on a grid, with a few detours made cheap.
      const pts = Array.from({ length: n }, () => [rng.int(0, 500), rng.int(0, 500)] as const);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) dist[i]![j] = Math.abs(pts[i]![0] - pts[j]![0]) + Math.abs(pts[i]![1] - pts[j]![1]);
      for (let t = 0; t < n; t++) dist[rng.int(0, n - 1)]![rng.int(0, n - 1)] = rng.int(0, 20);
    }
    for (let i = 0; i < n; i++) dist[i]![i] = 0;
    return [dist];
  },
});
