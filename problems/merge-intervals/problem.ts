import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'merge-intervals',
  title: 'Merge overlapping intervals',
  category: 'algorithm',
  tags: ['intervals', 'sorting'],
  kind: 'function',
  statement: `
Given a list of closed integer intervals \`(start, end)\` with \`start <= end\`, merge every
group of intervals that overlap and return the resulting disjoint intervals as a list of
\`(start, end)\` tuples sorted by start.

- Intervals are closed: \`(1, 3)\` and \`(3, 5)\` share the point 3 and merge into
  \`(1, 5)\`. Intervals that only are adjacent as integers, like \`(1, 2)\` and \`(3, 4)\`, do
  **not** touch and stay separate.
- Merging is transitive: \`(1, 4)\`, \`(3, 6)\`, \`(6, 9)\` become \`(1, 9)\`.
- The input is in no particular order and may contain duplicates and intervals nested in
  others. Single-point intervals \`(x, x)\` are allowed.
- \`0 <= len(intervals) <= 10^5\`; \`-10^9 <= start <= end <= 10^9\`.
- An empty input gives an empty list. Return tuples, not lists. Do not modify \`intervals\`.
`,
  signature: { params: [{ name: 'intervals', type: 'list[tuple[int, int]]' }], returns: 'list[tuple[int, int]]' },
  entry: { python: 'merge_intervals', javascript: 'mergeIntervals' },
  cases: [
    { args: [[]], expected: [], note: 'empty input' },
    { args: [[[5, 5]]], expected: [[5, 5]], note: 'one single-point interval' },
    { args: [[[1, 3], [2, 6], [8, 10], [15, 18]]], expected: [[1, 6], [8, 10], [15, 18]], note: 'classic' },
    { args: [[[1, 3], [3, 5]]], expected: [[1, 5]], note: 'touching intervals merge' },
    { args: [[[1, 2], [3, 4]]], expected: [[1, 2], [3, 4]], note: 'integer-adjacent intervals do not touch' },
    { args: [[[6, 9], [1, 4], [3, 6]]], expected: [[1, 9]], note: 'unsorted input, transitive chain' },
    { args: [[[1, 10], [2, 3], [4, 5], [2, 3]]], expected: [[1, 10]], note: 'nested and duplicate intervals' },
    { args: [[[-5, -3], [-10, -6], [-6, -5]]], expected: [[-10, -3]], note: 'negatives; a short interval bridges two others' },
    { args: [[[-5, -3], [-10, -6], [-6, -6]]], expected: [[-10, -6], [-5, -3]], note: 'a point interval inside one, the gap -6..-5 stays open' },
    { args: [[[-1000000000, 0], [1, 1000000000]]], expected: [[-1000000000, 0], [1, 1000000000]], note: 'extremes' },
  ],
  levels: enamelLevels([12, 700, 2000, 4500]),
  generate(rng, size, level) {
    // Clusters of 1-4 overlapping (or touching, or nested) intervals separated by gaps, then
    // shuffled: about a third as many merged intervals as inputs, which is what makes
    // folding each interval into every kept one slow.
    const small = level.index === 0;
    const n = small ? rng.int(0, size) : size;
    const out: [number, number][] = [];
    let pos = -1_000_000_000 + rng.int(0, 1000);
    const spread = Math.max(10, Math.floor(1_900_000_000 / Math.max(1, n)));
    while (out.length < n) {
      const k = Math.min(n - out.length, rng.int(1, 4));
      const clusterStart = pos;
      let end = pos;
      for (let t = 0; t < k; t++) {
        // Start inside (or exactly at the end of) the cluster so far: overlapping or touching.
        const s = t === 0 ? clusterStart : rng.int(clusterStart, end);
        const e = s + rng.int(0, Math.floor(spread / 4));
        out.push([s, e]);
        if (e > end) end = e;
      }
      pos = end + rng.int(1, Math.floor(spread / 4)); // a gap of at least 1: no touching
    }
    return [rng.shuffle(out)];
  },
});
