// `node --import tsx scripts/cache-experiment.mts [--runs N] [--pair K]`: pairs of programs (three in
// JavaScript, one in Python) with the same code and the same instruction count, one walking
// memory in order and one against the cache, each measured by Brisk's three meters in its sandbox: instructions (the
// counting tool), estimated cycles (the tool's fixed cache model) and time (paired CPU time,
// the cache-hostile program alternating with the friendly one in one call process). It prints
// each meter's hostile/friendly ratio: instructions should not see the difference; cycles
// should rank the pair as time does. Arrays are 64 MiB, past this VM's 32 MiB L3 and the
// model's 8 MiB LL.
import { median } from 'simple-statistics';
import type { HarnessJob, RunControl } from '../src/sandbox/executor.ts';
import { realExecutor } from '../test/support/real.ts';

interface Pair {
  language?: 'python';
  name: string;
  /** The shared code: f(param) runs it; param picks the access order. */
  code: string;
  friendly: number;
  hostile: number;
}

const PAIRS: Pair[] = [
  {
    name: 'linked walk: next[i] = i + 1 against i + a large odd stride (16 Mi nodes, dependent loads)',
    code: `function f(stride) {
  const n = 1 << 24, next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[i] = (i + stride) & (n - 1);
  let at = 0, sum = 0;
  for (let k = 0; k < n; k++) { sum += at; at = next[at]; }
  return sum;
}`,
    friendly: 1,
    hostile: (1 << 23) + 4099,
  },
  {
    name: 'matrix sum: row-major against column-major order (4096 x 2048 float64)',
    code: `function f(columnMajor) {
  const rows = 4096, cols = 2048, m = new Float64Array(rows * cols);
  for (let i = 0; i < m.length; i++) m[i] = i & 7;
  const [outer, inner, outerStep, innerStep] = columnMajor ? [cols, rows, 1, cols] : [rows, cols, cols, 1];
  let sum = 0;
  for (let a = 0; a < outer; a++) for (let b = 0, at = a * outerStep; b < inner; b++, at += innerStep) sum += m[at];
  return sum;
}`,
    friendly: 0,
    hostile: 1,
  },
  {
    name: 'gather: a[j], j += p mod n, with p = 1 against a large odd p (8 Mi float64, independent loads, 2 passes)',
    code: `function f(p) {
  const n = 1 << 23, a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = i & 7;
  let sum = 0;
  for (let pass = 0, j = 0; pass < 2; pass++) for (let k = 0; k < n; k++) { sum += a[j]; j = (j + p) & (n - 1); }
  return sum;
}`,
    friendly: 1,
    hostile: (1 << 22) + 12345,
  },
  {
    language: 'python',
    name: 'Python sum() over 2 Mi int objects listed in memory order against a scattered order (10 passes)',
    code: `def f(p):
    n = 1 << 21
    objs = [x + 1000 for x in range(n)]
    order, j = [], 0
    for _ in range(n):
        order.append(objs[j])
        j = (j + p) % n
    return sum(sum(order) for _ in range(10))
`,
    friendly: 1,
    hostile: (1 << 20) + 12345,
  },
];

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 9;
const source = (pair: Pair, param: number) => (pair.language === 'python' ? `${pair.code}\ndef g():\n    return f(${param})\n` : `${pair.code}\nfunction g() { return f(${param}); }\n`);
const control: RunControl = { callLimitMs: () => 600_000, memoryBytes: 2 * 2 ** 30 };
const job = (pair: Pair, src: string, mode: HarnessJob['mode']): HarnessJob => ({ language: pair.language ?? 'javascript', kind: 'function', entry: 'g', source: src, mode, tests: [{ args: [] }] });

const only = process.argv.includes('--pair') ? Number(process.argv[process.argv.indexOf('--pair') + 1]) : undefined;
const ex = await realExecutor();
const rows: Record<string, string>[] = [];
for (const pair of only === undefined ? PAIRS : [PAIRS[only]!]) {
  const [friendly, hostile] = [source(pair, pair.friendly), source(pair, pair.hostile)];
  const counted = async (mode: 'callgrind' | 'cycles') => {
    const costs = await Promise.all(
      [friendly, hostile].map(async (src) => {
        const out = await ex.run(job(pair, src, mode), control);
        const rec = out.tests[0]!;
        const cost = mode === 'cycles' ? rec.cycles : rec.instructions;
        if (rec.status !== 'passed' || cost === undefined) throw new Error(`${pair.name}, ${mode}: ${rec.status} ${rec.message ?? out.message ?? ''}`);
        return cost;
      }),
    );
    return costs as [number, number];
  };
  const [fi, hi] = await counted('callgrind');
  const [fc, hc] = await counted('cycles');
  // Paired time: the hostile program's calls alternate with the friendly one's in one call process.
  const timed: HarnessJob = { ...job(pair, hostile, 'native'), pairSource: friendly, tests: [{ args: [], time: true, reps: runs }], timing: { repetitions: runs, minBatchNs: 1e6, maxBatch: 1 } };
  const out = await ex.run(timed, control);
  const rec = out.tests[0]!;
  if (rec.status !== 'passed' || !rec.samples || !rec.pairSamples) throw new Error(`${pair.name}, time: ${rec.status} ${rec.message ?? out.message ?? ''}`);
  const timeRatio = median(rec.samples.map((t, k) => t / rec.pairSamples![k]!));
  rows.push({
    pair: pair.name,
    'instructions (friendly)': fi.toExponential(3),
    'instructions ratio': (hi / fi).toFixed(4),
    'cycles ratio': (hc / fc).toFixed(2),
    'time ratio (median of paired)': timeRatio.toFixed(2),
    'time friendly ms': (median(rec.pairSamples) / 1e6).toFixed(0),
  });
  console.log(`done: ${pair.name}`);
}
console.table(rows);
console.log('ratios are hostile / friendly; time is the CPU time of the whole call (building the data included), native (node with TurboFan); counts run node at V8 baseline tier.');
ex.close();
