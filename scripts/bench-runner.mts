// `node --import tsx scripts/bench-runner.mts [repetitions]`: what one fresh runner costs in
// time mode (fork, set-up, a trivial call, result), per language: wall and sandbox CPU per
// runner over 4 tests x repetitions, after a warm-up job. Prints figures; asserts nothing.
import type { HarnessJob } from '../src/sandbox/executor.ts';
import { realExecutor } from '../test/support/real.ts';

const reps = Number(process.argv[2] ?? 50);
const ex = await realExecutor();
for (const language of ['python', 'javascript'] as const) {
  const job: HarnessJob = {
    language,
    kind: 'function',
    entry: 'f',
    source: language === 'python' ? 'def f(xs):\n    return 1\n' : 'function f(xs) { return 1; }',
    mode: 'native',
    tests: Array.from({ length: 4 }, () => ({ args: [[1, 2, 3]], time: true })),
    timing: { repetitions: reps, minBatchNs: 0, maxBatch: 1 },
  };
  const control = { callLimitMs: () => 10_000, memoryBytes: 2 ** 30 };
  await ex.run(job, control);
  const cpuBefore = ex.stats.get('native')!.cpuMs;
  const started = Date.now();
  await ex.run(job, control);
  const runners = 4 * reps;
  const cpu = ex.stats.get('native')!.cpuMs - cpuBefore;
  console.log(`${language}: ${((Date.now() - started) / runners).toFixed(2)} ms wall, ${(cpu / runners).toFixed(2)} ms sandbox CPU per runner (${runners} runners)`);
}
ex.close();
