// `node --import tsx scripts/bench-runner.mts [repetitions] [input length]`: what one fresh runner costs in
// time mode (fork, set-up, a trivial call, result), per language: wall and sandbox CPU per
// runner over 4 tests x repetitions, after a warm-up job; then `repetitions` untimed one-runner
// calls, sharing call processes and not, each test's input a list of `input length` ints (3 by
// default; the job holds them all, as a job holds all its tests). Prints figures; asserts nothing.
import type { HarnessJob } from '../src/sandbox/executor.ts';
import { realExecutor } from '../test/support/real.ts';

const reps = Number(process.argv[2] ?? 50);
const inputLength = Number(process.argv[3] ?? 3);
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
// Untimed one-runner calls (correctness calls): the call process's own cost shows here, since
// consecutive ones share a call process (batchFrom) where timed ones each have their own.
for (const batched of [true, false]) {
  const job: HarnessJob = {
    language: 'python',
    kind: 'function',
    entry: 'f',
    source: 'def f(xs):\n    return 1\n',
    mode: 'native',
    // A distinct limit per test keeps each in a call process of its own.
    tests: Array.from({ length: reps }, () => ({ args: [Array.from({ length: inputLength }, (_, k) => 1000 + k)] })),
  };
  const control = { callLimitMs: (i: number) => (batched ? 10_000 : 10_000 + i), memoryBytes: 2 ** 30 };
  await ex.run(job, control);
  const cpuBefore = ex.stats.get('native')!.cpuMs;
  const started = Date.now();
  await ex.run(job, control);
  const cpu = ex.stats.get('native')!.cpuMs - cpuBefore;
  console.log(
    `python untimed calls, inputs of ${inputLength} ints, ${batched ? 'sharing call processes' : 'a call process each'}: ${((Date.now() - started) / reps).toFixed(2)} ms wall, ${(cpu / reps).toFixed(2)} ms sandbox CPU per call (${reps} calls)`,
  );
}
ex.close();
