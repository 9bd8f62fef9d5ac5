import { describe, expect, it } from 'vitest';
import { evaluateSample } from '../../src/evaluate/candidate.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { toyReference } from '../support/fixtures.ts';
import type { RunOutcome } from '../../src/sandbox/executor.ts';
import { MockExecutor, MockMeter, passedRecords } from '../support/mocks.ts';

// tests: case-1, correctness-1 (level 0), small-1, small-2, medium-1, medium-2, large-1, large-2
// Reference cost 100 on small, 1000 on medium, 10000 on large.
const { tests, ref } = toyReference(2);
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 1 };
const outcome = (records = passedRecords(tests.length)): RunOutcome => ({ status: 'completed', tests: records, wallMs: 5 });

describe('evaluateSample', () => {
  it('scores a correct sample from the meter costs: level cost is the max over its tests', async () => {
    // small r = 150/100 = 1.5 -> 0.5; medium r = 1 -> 1; large r = 4 -> 0
    const meter = new MockMeter((i) => (tests[i]!.id === 'small-2' ? 150 : tests[i]!.level === 3 ? 40_000 : 10 ** (tests[i]!.level + 1)));
    const r = await evaluateSample({ executor: new MockExecutor(() => outcome()), meter: meter, cfg }, ref, 'src');
    expect(r.status).toBe('passed');
    expect(r.passed).toBe(true);
    expect(r.levels.map((l) => l.efficiency)).toEqual([0.5, 1, 0]);
    expect(r.score).toBeCloseTo((3 * 0.5 + 3 * 1 + 4 * 0) / 10, 15);
    expect(meter.asked[0]).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('a wrong answer on a scored level zeroes the sample and takes pass credit', async () => {
    const records = passedRecords(tests.length);
    records[5] = { status: 'wrong_answer', message: 'the result: expected 0, got 1' };
    const meter = new MockMeter(() => 1);
    const r = await evaluateSample({ executor: new MockExecutor(() => outcome(records)), meter: meter, cfg }, ref, 'src');
    expect(r).toMatchObject({ status: 'wrong_answer', passed: false, score: 0, test: 'medium-2' });
    expect(meter.asked).toEqual([]);
  });

  it('a timeout on a scored level keeps pass credit and censors that level and the later ones', async () => {
    const records = passedRecords(tests.length);
    records[4] = { status: 'timeout', message: 'past the time limit' };
    const meter = new MockMeter((i) => 10 ** (tests[i]!.level + 1));
    const r = await evaluateSample({ executor: new MockExecutor(() => outcome(records)), meter: meter, cfg }, ref, 'src');
    expect(r).toMatchObject({ status: 'timeout', passed: true, test: 'medium-1' });
    expect(r.levels.map((l) => [l.efficiency, l.censored])).toEqual([
      [1, false],
      [0, true],
      [0, true],
    ]);
    expect(r.score).toBeCloseTo(0.3, 15);
    expect(meter.asked[0]).toEqual([2, 3]);
  });

  it("a native stop names its level's first test, whichever test of the level the CPU clock caught", async () => {
    // Load decides whether the stop catches medium-1 or medium-2; the result must not tell.
    const named = [4, 5].map(async (stopped) => {
      const records = passedRecords(tests.length);
      records[stopped] = { status: 'timeout', message: 'past the time limit' };
      const r = await evaluateSample({ executor: new MockExecutor(() => outcome(records)), meter: new MockMeter((i) => 10 ** (tests[i]!.level + 1)), cfg }, ref, 'src');
      return [r.status, r.test, r.message, r.score];
    });
    const [first, second] = await Promise.all(named);
    expect(first).toEqual(['timeout', 'medium-1', "past the censoring limit: more than 3 x alpha x the reference's instructions", 0.3]);
    expect(second).toEqual(first);
  });

  it('a timeout or memory limit on the correctness level fails the sample', async () => {
    const records = passedRecords(tests.length);
    records[1] = { status: 'memory_limit', message: 'MemoryError: ' };
    const r = await evaluateSample({ executor: new MockExecutor(() => outcome(records)), meter: new MockMeter(() => 1), cfg }, ref, 'src');
    expect(r).toMatchObject({ status: 'memory_limit', passed: false, score: 0 });
  });

  it('maps process-level failures to statuses', async () => {
    for (const [status, want] of [
      ['compile_error', 'compile_error'],
      ['load_error', 'error'],
      ['sandbox_error', 'sandbox_error'],
    ] as const) {
      const ex = new MockExecutor(() => ({ status, message: 'm', tests: [], wallMs: 1 }));
      const r = await evaluateSample({ executor: ex, meter: new MockMeter(() => 1), cfg }, ref, 'src');
      expect(r).toMatchObject({ status: want, passed: false, score: 0, message: 'm' });
    }
  });

  it('a crash in the meter pass is a crash, not a silent zero-cost', async () => {
    const meter = new MockMeter((i) => (i === 6 ? 'crash' : 100));
    const r = await evaluateSample({ executor: new MockExecutor(() => outcome()), meter: meter, cfg }, ref, 'src');
    expect(r).toMatchObject({ status: 'crashed', passed: false, score: 0, test: 'large-1' });
  });

  it('passes time limits derived from the reference: generous on correctness, censoring on scored levels', async () => {
    const ex = new MockExecutor(() => outcome());
    await evaluateSample({ executor: ex, meter: new MockMeter(() => 100), cfg }, ref, 'src');
    const { control } = ex.jobs[0]!;
    expect(control.callLimitMs(0)).toBe(4000); // max(4 s, 4 x 1 ms)
    expect(control.callLimitMs(2)).toBe(1000); // wall-clock kill only for the hopeless
    // A counting meter censors by count: natively only 3x past the time limit, plus 50 ms.
    expect(ex.jobs[0]!.job.tests[2]!.censorNs).toBe(3 * 2 * 3 * 1_000_000 + 2_000_000 + 50_000_000);
    expect(ex.jobs[0]!.job.tests[0]!.censorNs).toBeUndefined();
  });

  it('a count past censorFactor x alpha x the reference censors that level and the later ones, as a timeout would', async () => {
    // medium-2 costs 6001 against the reference's 1000: past 3 x 2 x 1000.
    const meter = new MockMeter((i) => (tests[i]!.id === 'medium-2' ? 6001 : 10 ** (tests[i]!.level + 1)));
    const r = await evaluateSample({ executor: new MockExecutor(() => outcome()), meter: meter, cfg }, ref, 'src');
    expect(r).toMatchObject({ status: 'timeout', passed: true, test: 'medium-2' });
    expect(r.message).toBe("past the censoring limit: more than 3 x alpha x the reference's instructions");
    expect(r.levels.map((l) => [l.efficiency, l.censored])).toEqual([
      [1, false],
      [0, true],
      [0, true],
    ]);
    expect(r.totalCost).toBeUndefined();
    const atLimit = await evaluateSample(
      { executor: new MockExecutor(() => outcome()), meter: new MockMeter((i) => (tests[i]!.id === 'medium-2' ? 6000 : 10 ** (tests[i]!.level + 1))), cfg },
      ref,
      'src',
    );
    expect(atLimit.status).toBe('passed');
  });

  it("a count stopped at its budget (the counting tool's) scores as the full count past the limit would", async () => {
    const cost = (i: number) => (tests[i]!.id === 'medium-2' ? 50_000 : 10 ** (tests[i]!.level + 1));
    const full = new MockMeter(cost);
    const budgeted = new MockMeter(cost, true);
    const [a, b] = await Promise.all([full, budgeted].map((meter) => evaluateSample({ executor: new MockExecutor(() => outcome()), meter, cfg }, ref, 'src')));
    expect(b).toEqual(a);
    expect(b).toMatchObject({ status: 'timeout', passed: true, test: 'medium-2', message: "past the censoring limit: more than 3 x alpha x the reference's instructions" });
    // The limits the meter gets are the ones the score applies: 3 x 2 x the test's reference cost.
    expect(budgeted.limits[0]).toEqual([600, 600, 6000, 6000, 60_000, 60_000]);
    // ENAMEL mode: every scored test against the slowest scored reference test.
    const enamel = new MockMeter(cost, true);
    await evaluateSample({ executor: new MockExecutor(() => outcome()), meter: enamel, cfg: { ...cfg, scoring: 'enamel' } }, ref, 'src');
    expect(enamel.limits[0]).toEqual(Array(6).fill(60_000));
  });
});
