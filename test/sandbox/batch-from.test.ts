// Which tests share a call process (pure).
import { describe, expect, it } from 'vitest';
import type { HarnessJob } from '../../src/sandbox/executor.ts';
import { batchFrom } from '../../src/sandbox/process-executor.ts';

const base: HarnessJob = { language: 'python', kind: 'function', entry: 'f', source: '', mode: 'native', tests: [] };
const limits = (ms: number[]) => ({ callLimitMs: (i: number) => ms[i]! });

describe('batchFrom', () => {
  const tests = [{}, {}, {}, { time: true }, {}, { censorNs: 5e6 }, {}];
  const job = { ...base, tests, timing: { repetitions: 1, minBatchNs: 0, maxBatch: 1 } };
  const same = limits(Array(7).fill(4000));

  it('takes consecutive untimed native Python tests with the same limits', () => {
    expect(batchFrom(job, same, 'native', 0, 7)).toBe(3);
    expect(batchFrom(job, same, 'native', 3, 7)).toBe(1);
    expect(batchFrom(job, same, 'native', 4, 7)).toBe(1);
    expect(batchFrom(job, same, 'native', 6, 7)).toBe(1);
    // countFirst bounds it.
    expect(batchFrom(job, same, 'native', 0, 2)).toBe(2);
  });

  it('never batches a test with another limit, a timed or censored one, another pass or JavaScript', () => {
    expect(batchFrom(job, limits([4000, 4000, 5000, 4000, 4000, 4000, 4000]), 'native', 0, 7)).toBe(2);
    for (const mode of ['count', 'memory', 'perf']) expect(batchFrom(job, same, mode, 0, 7)).toBe(1);
    expect(batchFrom({ ...job, language: 'javascript' }, same, 'native', 0, 7)).toBe(1);
    // Without a timing plan `time` is not timing: such tests batch (the instruction meter's native pass).
    expect(batchFrom({ ...job, timing: undefined }, same, 'native', 0, 5)).toBe(5);
  });

  it('caps a batch at 16 tests', () => {
    const many = { ...base, tests: Array.from({ length: 40 }, () => ({})) };
    expect(batchFrom(many, limits(Array(40).fill(4000)), 'native', 0, 40)).toBe(16);
  });
});
