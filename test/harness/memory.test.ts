// The harness's memory mode in the real sandbox: allocation peaks of known size, RSS peaks reset
// between calls, and a memory-pass failure that leaves the sample's status alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { evaluateSample } from '../../src/evaluate/candidate.ts';
import { measureReference } from '../../src/evaluate/reference.ts';
import { TimeMeter } from '../../src/measure/meter.ts';
import type { HarnessJob, RunOutcome } from '../../src/sandbox/executor.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { bundled, realExecutor } from '../support/real.ts';
import { PAIR_SUM_PLAIN } from '../support/fixtures.ts';

const N = 1_000_000;
const control = { callLimitMs: () => 120_000, memoryBytes: 2 ** 31 };

function job(language: 'python' | 'javascript', source: string, ns: number[]): HarnessJob {
  return { language, returns: { kind: 'int' }, kind: 'function', entry: 'f', source, mode: 'memory', tests: ns.map((n) => ({ args: [n] })) };
}

const peaks = (out: RunOutcome) => out.tests.map((t) => t.memory!.peakBytes);
const rss = (out: RunOutcome) => out.tests.map((t) => t.memory!.rssPeakBytes!);

describe('memory mode', () => {
  let executor: ProcessExecutor;
  beforeAll(async () => {
    executor = await realExecutor();
  });

  it('Python: the allocation peak sees a list of 10^6 ints; VmHWM is reset between calls', async () => {
    // Big, small, big in one process: the small call's RSS peak only drops below the big one's
    // if clear_refs reset the high-water mark in the sandbox.
    const out = await executor.run(job('python', 'def f(n):\n    return len(list(range(n)))\n', [N, 10, N]), control);
    expect(out.status, out.message).toBe('completed');
    expect(out.tests.map((t) => t.status)).toEqual(['passed', 'passed', 'passed']);
    const [big, small, again] = peaks(out);
    // 8 bytes a pointer (8_000_056 with the list header) + 10^6 int objects of 28-32 bytes
    // (0..256 are cached) => between 8.0e6 + 28 * 999_743 = 35.99e6 and 8.0e6 + 32e6 = 40.0e6.
    expect(big).toBeGreaterThanOrEqual(35.9e6);
    expect(big).toBeLessThanOrEqual(40.1e6);
    expect(again).toBe(big);
    expect(small).toBeLessThan(10_000);
    const [rssBig, rssSmall] = rss(out);
    // The ints and the list really are resident: at least 30 MB above the small call's peak.
    expect(rssBig! - rssSmall!).toBeGreaterThan(30e6);
    expect(rssSmall).toBeGreaterThan(4e6); // the interpreter itself
  });

  it('JavaScript: the V8 heap peak sees an array of 10^6 numbers and a Float64Array (external memory)', async () => {
    const source = 'function f(n) {\n  const a = n > 100 ? new Array(n).fill(0) : [];\n  const b = new Float64Array(n);\n  return a.length + b.length;\n}\n';
    // Small call first: V8 may keep the big call's pages resident afterwards (it returns memory
    // to the OS from a background thread, when it likes), which would lift a later call's VmHWM.
    const out = await executor.run(job('javascript', source, [10, N]), control);
    expect(out.status, out.message).toBe('completed');
    const [small, big] = peaks(out);
    // 8 bytes a slot (no pointer compression in node 20): 8e6 for the array and 8e6 for the
    // typed array's buffer => 16e6, plus little else.
    expect(big).toBeGreaterThanOrEqual(16e6);
    expect(big).toBeLessThan(17e6);
    expect(small).toBeLessThan(1e6);
    const [rssSmall, rssBig] = rss(out);
    // Only the filled array is resident: the typed array's zeroed pages are never touched.
    expect(rssBig! - rssSmall!).toBeGreaterThan(6e6);
    expect(rssBig! - rssSmall!).toBeLessThan(14e6);
  });

  it('the memory pass cannot be told apart: tracemalloc is refused in every pass', async () => {
    const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'time', alpha: 50, repetitions: 2, jobs: 1 };
    const problem = await bundled('pair-sum-count');
    const meter = new TimeMeter();
    const ref = await measureReference({ executor: executor, meter: meter, cfg }, problem);
    expect(ref.memory?.peakBytes).toBeGreaterThan(0);
    expect(ref.memory?.integralUnit).toBe('byte*ns');
    // A candidate that would misbehave only while traced cannot even ask.
    const shy = `import tracemalloc\n${PAIR_SUM_PLAIN.replace('    seen = {}', '    if tracemalloc.is_tracing():\n        return 0\n    seen = {}')}`;
    const r = await evaluateSample({ executor: executor, meter: meter, cfg }, ref, shy);
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/refuses import of tracemalloc/);
    const plain = await evaluateSample({ executor: executor, meter: meter, cfg }, ref, PAIR_SUM_PLAIN);
    expect(plain.memory?.peakBytes).toBeGreaterThan(0);
    expect(plain.memory?.rssPeakBytes).toBeGreaterThan(plain.memory!.peakBytes);
  }, 300_000);
});
