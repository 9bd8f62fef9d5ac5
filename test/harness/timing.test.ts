// The time mode: fresh runners timed from outside, the empty program once per call, and a
// sample paired with its reference (ABBA) in one call process, for both supervisors.
import { afterAll, describe, expect, it } from 'vitest';
import { parseType } from '../../src/problem/types.ts';
import type { HarnessJob } from '../../src/sandbox/executor.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { levelRatio, pairedRatios, callOverhead } from '../../src/measure/paired.ts';
import { realExecutor } from '../support/real.ts';

const BUSY = {
  python: (k: number) => `def busy(n):\n    s = 0\n    for i in range(n * ${k}):\n        s = (s + i * i) % 1000003\n    return s % 7\n`,
  javascript: (k: number) => `function busy(n) { let s = 0; for (let i = 0; i < n * ${k}; i++) s = (s + i * i) % 1000003; return s % 7; }`,
};

let ex: ProcessExecutor;
afterAll(() => ex?.close());

async function paired(language: 'python' | 'javascript', candidateWork: number, n: number) {
  ex ??= await realExecutor();
  const job: HarnessJob = {
    language,
    kind: 'function',
    entry: 'busy',
    returns: parseType('int'),
    source: BUSY[language](candidateWork),
    emptySource: language === 'python' ? 'def busy(*a):\n    return None\n' : 'function busy() { return null; }',
    pairSource: BUSY[language](1),
    mode: 'native',
    tests: [0, 1].map(() => ({ args: [{ $int: String(n) }], time: true, reps: 6 })),
    timing: { repetitions: 3, minBatchNs: 0, maxBatch: 1 },
  };
  const out = await ex.run(job, { callLimitMs: () => 30_000, memoryBytes: 512 * 2 ** 20 });
  expect(out.status, out.message).toBe('completed');
  return out.tests;
}

describe.each(['python', 'javascript'] as const)('%s timing', (language) => {
  const n = language === 'python' ? 60_000 : 2_000_000;

  it('takes a test its own number of pairs, and the empty program once per call', async () => {
    const tests = await paired(language, 1, n);
    for (const t of tests) {
      expect(t.status, t.message).toBe('passed');
      expect(t.samples).toHaveLength(6);
      expect(t.pairSamples).toHaveLength(6);
      expect(t.samples!.every((ns) => ns > 0)).toBe(true);
      expect(t.emptyNs).toBeGreaterThan(0);
    }
  }, 120_000);

  it('finds the same program as fast as itself and twice the work about twice as slow', async () => {
    const ratio = async (work: number) => {
      const tests = await paired(language, work, n);
      const overhead = callOverhead(tests.map((t) => t.emptyNs));
      return levelRatio(new Map(tests.map((t, i) => [i, pairedRatios(t.samples!, t.pairSamples!, overhead)]))).ratio;
    };
    const same = await ratio(1);
    expect(same).toBeGreaterThan(0.8);
    expect(same).toBeLessThan(1.25);
    const twice = await ratio(2);
    expect(twice).toBeGreaterThan(1.6);
    expect(twice).toBeLessThan(2.5);
  }, 180_000);
});
