import { defineProblem, enamelLevels } from '../../src/problem/spec.ts';

export default defineProblem({
  id: 'round-robin-schedule',
  title: 'Round-robin CPU scheduling',
  category: 'implementation',
  tags: ['simulation', 'queue', 'scheduling', 'memory'],
  kind: 'function',
  statement: `
Simulate a round-robin CPU scheduler and return when each process finishes.

Process \`i\` (0-based) arrives at time \`arrivals[i]\` and needs \`bursts[i]\` units of CPU time.
The scheduler keeps one FIFO ready queue. Whenever the CPU is free it takes the process at the
head of the queue and runs it for \`min(quantum, remaining)\` units. If the process still needs
time after its slice, it goes back to the tail of the queue; otherwise it is finished at that
moment. When the queue is empty the CPU idles until the next arrival.

- A process arriving at time \`t\` joins the tail of the queue at \`t\`. Processes arriving at the
  same time join in index order.
- Tie rule: when a slice ends at time \`t\`, every process with arrival time \`<= t\` that has not
  joined yet joins the queue **before** the preempted process goes back to the tail.
- Return a list whose \`i\`-th element is the time at which process \`i\` finishes.

Bounds: \`0 <= n <= 10^5\` (\`n = len(arrivals) = len(bursts)\`); \`0 <= arrivals[i] <= 10^9\`,
non-decreasing; \`1 <= bursts[i] <= 10^6\`; \`1 <= quantum <= 10^6\`; the total number of
slices is at most \`10^6\`.
`,
  signature: {
    params: [
      { name: 'arrivals', type: 'list[int]' },
      { name: 'bursts', type: 'list[int]' },
      { name: 'quantum', type: 'int' },
    ],
    returns: 'list[int]',
  },
  entry: { python: 'completion_times', javascript: 'completionTimes' },
  cases: [
    { args: [[], [], 3], expected: [], note: 'no processes' },
    { args: [[0], [5], 2], expected: [5], note: 'one process runs slice after slice' },
    { args: [[7], [3], 10], expected: [10], note: 'the CPU idles until the first arrival' },
    { args: [[0, 0, 0], [5, 3, 1], 2], expected: [9, 8, 5], note: 'three processes in rounds' },
    { args: [[0, 2], [4, 2], 2], expected: [6, 4], note: 'tie rule: the arrival at 2 goes before the preempted process' },
    { args: [[0, 10], [3, 2], 5], expected: [3, 12], note: 'idle gap between processes' },
    { args: [[0, 1, 2], [4, 3, 2], 100], expected: [4, 7, 9], note: 'a quantum longer than every burst is first come, first served' },
    { args: [[0, 0], [2, 2], 1], expected: [3, 4], note: 'quantum 1 alternates' },
    { args: [[0, 3], [3, 1], 2], expected: [3, 4], note: 'a process arriving just as another finishes' },
    { args: [[5, 5, 5], [1, 1, 1], 1], expected: [6, 7, 8], note: 'simultaneous arrivals join in index order' },
  ],
  levels: enamelLevels([10, 200, 400, 700]),
  generate(rng, size, level) {
    // n = size processes needing about 10 slices each on average, arriving with gaps of about
    // one average burst, so the queue grows, shrinks and now and then empties.
    const n = level.index === 0 ? rng.int(0, size) : size;
    const quantum = rng.int(1, 50);
    const arrivals: number[] = [];
    const bursts: number[] = [];
    let t = rng.int(0, 100);
    for (let i = 0; i < n; i++) {
      arrivals.push(t);
      bursts.push(rng.int(1, 20 * quantum));
      if (rng.bool(0.8)) t += rng.int(0, 20 * quantum);
    }
    return [arrivals, bursts, quantum];
  },
});
