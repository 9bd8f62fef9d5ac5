import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'tree-max-independent-set',
  title: 'Heaviest independent set in a tree',
  category: 'algorithm',
  tags: ['dynamic-programming', 'tree-dp', 'graphs'],
  kind: 'function',
  statement: `
A tree has \`n = len(weights)\` nodes numbered \`0 .. n - 1\`; node \`v\` weighs \`weights[v]\`, and
\`edges\` lists its \`n - 1\` edges as pairs \`(u, v)\` in any order and orientation. Choose a set
of nodes no two of which are joined by an edge. Return the largest possible total weight of
the chosen nodes.

- \`1 <= n <= 10^5\`; \`0 <= weights[v] <= 10^4\`; the edges form one tree (connected, no cycle).
- The empty set is allowed, so the answer is at least 0.
- Do not modify the inputs.
`,
  signature: {
    params: [
      { name: 'weights', type: 'list[int]' },
      { name: 'edges', type: 'list[tuple[int, int]]' },
    ],
    returns: 'int',
  },
  entry: { python: 'max_independent_weight', javascript: 'maxIndependentWeight' },
  cases: [
    { args: [[5], []], expected: 5, note: 'one node' },
    { args: [[0], []], expected: 0, note: 'one node of weight 0' },
    { args: [[3, 4], [[0, 1]]], expected: 4, note: 'one edge: the heavier end' },
    { args: [[1, 5, 1], [[0, 1], [1, 2]]], expected: 5, note: 'path: the heavy middle beats both ends' },
    { args: [[3, 5, 3], [[2, 1], [1, 0]]], expected: 6, note: 'path: both ends beat the middle' },
    { args: [[10, 1, 1, 1, 1], [[0, 1], [0, 2], [0, 3], [0, 4]]], expected: 10, note: 'star: the centre alone' },
    { args: [[2, 1, 1, 1, 1], [[1, 0], [2, 0], [0, 3], [4, 0]]], expected: 4, note: 'star: all the leaves' },
    { args: [[1, 2, 3, 4, 5, 6], [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]], expected: 12, note: 'path of six: 2 + 4 + 6' },
    { args: [[4, 1, 1, 1, 1, 9, 9], [[0, 1], [0, 2], [1, 3], [1, 4], [2, 5], [2, 6]]], expected: 24, note: 'the best set skips a level: 1 + 1 + 9 + 9 + 4' },
  ],
  levels: enamelLevels([8, 400, 800, 1300]),
  generate(rng, size, level) {
    const n = size;
    const weights = rng.ints(n, 0, 10000);
    // Three shapes: a random recursive tree (shallow), a long caterpillar (deep), and a tree
    // whose parents are chosen among the last few nodes (deep and bushy).
    const shape = level.caseIndex % 3;
    const parent: number[] = [-1];
    for (let v = 1; v < n; v++) {
      if (shape === 0) parent.push(rng.int(0, v - 1));
      else if (shape === 1) parent.push(rng.bool(0.7) ? v - 1 : rng.int(Math.max(0, v - 3), v - 1));
      else parent.push(rng.int(Math.max(0, v - 8), v - 1));
    }
    // Relabel the nodes and shuffle the edges and their orientation.
    const label = rng.shuffle(Array.from({ length: n }, (_, i) => i));
    const edges: [number, number][] = [];
    for (let v = 1; v < n; v++) edges.push(rng.bool() ? [label[v]!, label[parent[v]!]!] : [label[parent[v]!]!, label[v]!]);
    rng.shuffle(edges);
    const relabelled = new Array<number>(n);
    for (let v = 0; v < n; v++) relabelled[label[v]!] = weights[v]!;
    return [relabelled, edges];
  },
});
