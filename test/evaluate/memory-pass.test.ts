// The memory pass: figures aggregate over the measured tests, and a failing pass never changes a
// sample's status or score.
import { describe, expect, it } from 'vitest';
import { evaluateSample } from '../../src/evaluate/candidate.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { aggregateMemory } from '../../src/measure/memory.ts';
import type { HarnessJob, RunOutcome, TestRecord } from '../../src/sandbox/executor.ts';
import { toyReference } from '../support/fixtures.ts';
import { MockExecutor, MockMeter, passedRecords } from '../support/mocks.ts';

// tests: case-1, correctness-1 (level 0), small-1 (2), medium-1 (3), large-1 (4)
const { tests, ref } = toyReference(1);
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 1 };
// The candidate costs what the reference does: 100, 1000, 10000 instructions.
const meter = () => new MockMeter((i) => ref.refCost.get(i)!);

/** Native jobs pass; memory jobs answer with `memory(k)` for their k-th test. */
function executor(memory: (job: HarnessJob) => RunOutcome, native: TestRecord[] = passedRecords(tests.length)) {
  return new MockExecutor((job) => (job.mode === 'memory' ? memory(job) : { status: 'completed', tests: native, wallMs: 5 }));
}

const measured = (peaks: number[], rss: number[]): RunOutcome => ({
  status: 'completed',
  tests: peaks.map((p, k) => ({ status: 'passed', memory: { peakBytes: p, rssPeakBytes: rss[k] } })),
  wallMs: 1,
});

describe('memory pass', () => {
  it('reruns the scored survivors in memory mode and aggregates: max peaks, sum of peak x cost', async () => {
    const ex = executor(() => measured([1000, 5000, 2000], [9e6, 12e6, 10e6]));
    const r = await evaluateSample({ executor: ex, meter: meter(), cfg }, ref, 'src');
    const job = ex.jobs[1]!.job;
    expect(job.mode).toBe('memory');
    expect(job.timing).toBeUndefined();
    expect(job.tests.length).toBe(3); // small-1, medium-1, large-1
    // integral = 1000*100 + 5000*1000 + 2000*10000 = 100000 + 5000000 + 20000000
    expect(r.memory).toEqual({ peakBytes: 5000, rssPeakBytes: 12e6, integral: 25_100_000, integralUnit: 'byte*instructions' });
    expect(r.memoryError).toBeUndefined();
    expect(r.score).toBe(1);
  });

  it('measures only what survived: a timeout on medium leaves small-1 alone in the pass', async () => {
    const native = passedRecords(tests.length);
    native[3] = { status: 'timeout', message: 'past the time limit' };
    const ex = executor(() => measured([700], [8e6]), native);
    const r = await evaluateSample({ executor: ex, meter: meter(), cfg }, ref, 'src');
    expect(r.status).toBe('timeout');
    expect(ex.jobs[1]!.job.tests).toEqual([{ args: ex.jobs[0]!.job.tests[2]!.args, stdin: undefined }]);
    expect(r.memory).toEqual({ peakBytes: 700, rssPeakBytes: 8e6, integral: 70_000, integralUnit: 'byte*instructions' });
  });

  it('a call that hits the memory limit only in the memory pass behaved differently when measured: inconsistent', async () => {
    const failing = (): RunOutcome => ({
      status: 'completed',
      tests: [{ status: 'passed', memory: { peakBytes: 1 } }, { status: 'memory_limit', message: 'MemoryError: ' }, { status: 'not_run' }],
      wallMs: 1,
    });
    const off = await evaluateSample({ executor: executor(failing), meter: meter(), cfg: { ...cfg, memory: false } }, ref, 'src');
    const r = await evaluateSample({ executor: executor(failing), meter: meter(), cfg }, ref, 'src');
    expect(off.status).toBe('passed');
    expect(r.status).toBe('inconsistent');
    expect(r.score).toBe(0);
    expect(r.passed).toBe(false);
    expect(r.message).toBe('memory pass on medium-1: MemoryError: ');
  });

  it('a crashed memory-pass process is a message, not a status', async () => {
    const r = await evaluateSample({ executor: executor(() => ({ status: 'sandbox_error', message: 'boom', tests: [], wallMs: 1 })), meter: meter(), cfg }, ref, 'src');
    expect(r).toMatchObject({ status: 'passed', score: 1, memoryError: 'memory pass: sandbox_error: boom' });
    expect(r.memory).toBeUndefined();
  });

  it('--no-memory runs no memory job', async () => {
    const ex = executor(() => measured([1, 1, 1], [1, 1, 1]));
    const r = await evaluateSample({ executor: ex, meter: meter(), cfg: { ...cfg, memory: false } }, ref, 'src');
    expect(ex.jobs.map((j) => j.job.mode)).toEqual(['native']);
    expect(r.memory).toBeUndefined();
  });
});

describe('aggregateMemory', () => {
  it('leaves out RSS and integral when any test lacks them; names the integral unit by the meter', () => {
    expect(
      aggregateMemory(
        [
          { peakBytes: 10, cost: 3 },
          { peakBytes: 4, rssPeakBytes: 9, cost: 5 },
        ],
        'ns',
      ),
    ).toEqual({
      peakBytes: 10,
      integral: 10 * 3 + 4 * 5, // 50
      integralUnit: 'byte*ns',
    });
    expect(aggregateMemory([{ peakBytes: 10, rssPeakBytes: 20 }], 'instructions')).toEqual({ peakBytes: 10, rssPeakBytes: 20 });
    expect(aggregateMemory([], 'ns')).toBeUndefined();
  });
});
