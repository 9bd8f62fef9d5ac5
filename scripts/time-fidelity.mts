// `node --import tsx scripts/time-fidelity.mts [pairs]`: does the time meter rank two programs
// as a warm process does? Pairs whose true ratio is known (timeit / hrtime in one process),
// timed by the harness cold (a fresh runner's first call) and warm (the time meter's way: the
// input's pages made the runner's own, a warm-up call, the program run afresh). Prints figures;
// asserts nothing (docs/measurement.md quotes them).
import { median } from 'simple-statistics';
import { callOverhead, levelRatio, pairedRatios, setupCharge } from '../src/measure/paired.ts';
import type { HarnessJob } from '../src/sandbox/executor.ts';
import type { Wire } from '../src/problem/codec.ts';
import { realExecutor } from '../test/support/real.ts';

const pairs = Number(process.argv[2] ?? 16);
const word = (n: number) => Array.from({ length: n }, (_, k) => 'abcdefghijklmnopqrstuvwxyz'[(k * 7 + 3) % 26]).join('');
const ints = (n: number) => Array.from({ length: n }, (_, k) => (k * 7919) % 1000);
const CASES = [
  {
    name: 'vowels: a generator against str.count x5',
    entry: 'f',
    python: ["def f(t):\n    return sum(1 for c in t if c in 'aeiou')\n", "def f(t):\n    return sum(t.count(v) for v in 'aeiou')\n"],
    javascript: [
      "function f(t) { let n = 0; for (const c of t) if ('aeiou'.includes(c)) n++; return n; }",
      'function f(t) { let n = 0; for (const v of "aeiou") { let k = -1; while ((k = t.indexOf(v, k + 1)) >= 0) n++; } return n; }',
    ],
    inputs: [word(200), word(2000)],
    warm: word(5),
  },
  {
    name: 'sum: three passes against one over a list of ints',
    entry: 'f',
    python: ['def f(xs):\n    return sum(xs) + sum(xs) - sum(xs)\n', 'def f(xs):\n    return sum(xs)\n'],
    javascript: [
      'function f(xs) { let s = 0; for (let k = 0; k < 3; k++) for (const x of xs) s += k === 1 ? -x : x; return s; }',
      'function f(xs) { let s = 0; for (const x of xs) s += x; return s; }',
    ],
    inputs: [ints(1000), ints(100_000)],
    warm: ints(3),
  },
];

const ex = await realExecutor();
for (const c of CASES) {
  for (const language of ['python', 'javascript'] as const) {
    const [slow, fast] = c[language];
    for (const input of c.inputs) {
      const row: string[] = [];
      for (const warm of [false, true]) {
        const job: HarnessJob = {
          language,
          kind: 'function',
          entry: c.entry,
          source: slow!,
          pairSource: fast!,
          emptySource: language === 'python' ? `def ${c.entry}(*a):\n    return None\n` : `function ${c.entry}() { return null; }`,
          mode: 'native',
          tests: [{ args: [c.warm as Wire] }, ...[0, 1].map(() => ({ args: [input as Wire], time: true, reps: pairs, ...(warm ? { warm: 0 } : {}) }))],
          timing: { repetitions: pairs, minBatchNs: 0, maxBatch: 1 },
        };
        const out = await ex.run(job, { callLimitMs: () => 10_000, memoryBytes: 2 ** 30 });
        const t = out.tests.slice(1);
        if (out.status !== 'completed' || t.some((x) => x.status !== 'passed')) {
          row.push(`failed: ${out.message ?? t.map((x) => x.message).join('; ')}`);
          continue;
        }
        const overhead = callOverhead(t.map((x) => x.emptyNs));
        const lr = levelRatio(
          new Map(
            t.map((x, i) => {
              const charge = x.setupNs && x.pairSetupNs ? setupCharge(x.samples!, x.pairSamples!, x.setupNs, x.pairSetupNs) : 0;
              return [
                i,
                pairedRatios(
                  x.samples!.map((a) => a + charge),
                  x.pairSamples!,
                  overhead,
                ),
              ];
            }),
          ),
        );
        const us = (xs: number[]) => (median(xs) / 1e3).toFixed(0);
        row.push(
          `${warm ? 'warm' : 'cold'} ${lr.ratio.toFixed(2)} [${lr.interval.map((x) => x.toFixed(2)).join(', ')}] (${us(t.flatMap((x) => x.samples!))}/${us(t.flatMap((x) => x.pairSamples!))} us, empty ${us([overhead])})`,
        );
      }
      console.log(`${language} ${c.name}, n=${input.length}: ${row.join('; ')}`);
    }
  }
}
ex.close();
