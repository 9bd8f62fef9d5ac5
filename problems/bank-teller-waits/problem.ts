import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'bank-teller-waits',
  title: 'Bank queue with several tellers',
  category: 'implementation',
  tags: ['simulation', 'queue', 'heap', 'memory'],
  kind: 'function',
  statement: `
A bank has \`tellers\` tellers and one first-come, first-served line. Customer \`i\` (0-based)
arrives at time \`arrivals[i]\` and needs \`services[i]\` time units at a teller. Customers are
served in index order: customer \`i\` starts at the later of its arrival and the earliest moment
a teller is free (after customers \`0..i-1\` have all started), and keeps that teller busy until
\`start + services[i]\`. A teller that becomes free at time \`t\` can start a customer at \`t\`.

Return \`(total_wait, max_wait, closing)\`: the sum and the maximum over customers of
\`start - arrival\`, and the time the last busy teller becomes free (the largest
\`start + service\`). With no customers return \`(0, 0, 0)\`.

Bounds: \`0 <= n <= 10^5\` (\`n = len(arrivals) = len(services)\`); \`arrivals\` is non-decreasing
with \`0 <= arrivals[i] <= 10^9\`; \`1 <= services[i] <= 10^4\`; \`1 <= tellers <= 16\`.
`,
  signature: {
    params: [
      { name: 'arrivals', type: 'list[int]' },
      { name: 'services', type: 'list[int]' },
      { name: 'tellers', type: 'int' },
    ],
    returns: 'tuple[int, int, int]',
  },
  entry: { python: 'bank_waits', javascript: 'bankWaits' },
  cases: [
    { args: [[], [], 3], expected: [0, 0, 0], note: 'no customers' },
    { args: [[5], [3], 1], expected: [0, 0, 8], note: 'one customer' },
    { args: [[0, 0, 0], [2, 2, 2], 1], expected: [6, 4, 6], note: 'one teller, everyone at once' },
    { args: [[0, 0, 0], [5, 1, 1], 2], expected: [1, 1, 5], note: 'the third takes the teller that frees first' },
    { args: [[0, 100], [10, 10], 1], expected: [0, 0, 110], note: 'the teller idles between customers' },
    { args: [[1, 2, 3], [10, 10, 10], 16], expected: [0, 0, 13], note: 'more tellers than customers' },
    { args: [[0, 1], [10, 1], 2], expected: [0, 0, 10], note: 'closing time set by an earlier customer' },
    { args: [[0, 5], [5, 5], 1], expected: [0, 0, 10], note: 'arriving exactly when a teller frees: no wait' },
  ],
  levels: enamelLevels([20, 1000, 2000, 4000]),
  generate(rng, size, level) {
    // Arrivals come a little faster than the tellers can serve on average, with quiet spells,
    // so the line grows and drains.
    const n = level.index === 0 ? rng.int(0, size) : size;
    const tellers = rng.int(1, 16);
    const meanService = rng.int(10, 5000);
    const arrivals: number[] = [];
    const services: number[] = [];
    let t = rng.int(0, 1000);
    for (let i = 0; i < n; i++) {
      arrivals.push(t);
      services.push(rng.int(1, 2 * meanService));
      t += rng.bool(0.02) ? rng.int(0, 50 * meanService) : rng.int(0, Math.floor((1.9 * meanService) / tellers));
    }
    return [arrivals, services, tellers];
  },
});
