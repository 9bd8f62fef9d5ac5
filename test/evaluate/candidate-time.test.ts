// The time meter through evaluateSample: the sample is paired with its reference in its
// native pass, and censoring waits for the whole interval of the paired estimate.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSample } from '../../src/evaluate/candidate.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import type { ProblemReference } from '../../src/evaluate/reference.ts';
import { TimeMeter } from '../../src/measure/meter.ts';
import type { RunOutcome, TestRecord } from '../../src/sandbox/executor.ts';
import { toyReference } from '../support/fixtures.ts';
import { MockExecutor, passedRecords } from '../support/mocks.ts';

// Levels: small (reference 100), medium (1000), large (10000); two tests each.
const toy = toyReference(2);
const dir = mkdtempSync(path.join(tmpdir(), 'brisk-time-'));
const file = path.join(dir, 'expert.py');
writeFileSync(file, 'def solve(xs):\n    return 0\n');
const ref: ProblemReference = { ...toy.ref, problem: { ...toy.ref.problem, references: { python: [{ tier: 'expert', file }] } } as ProblemReference['problem'] };
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'time', jobs: 1 };

/** Native records whose timed tests carry pairs: the sample takes `factor(k)` x the reference's 100 us net, plus 50 us of call path. */
function pairedOutcome(factor: (level: number, k: number) => number): RunOutcome {
  const tests: TestRecord[] = passedRecords(toy.tests.length).map((r, i) => {
    const level = toy.tests[i]!.level;
    if (level === 0) return r;
    const ref = Array.from({ length: 7 }, (_, k) => 150e3 + (k % 2) * 4e3);
    return { ...r, samples: ref.map((b, k) => 50e3 + (b - 50e3) * factor(level, k)), pairSamples: ref, emptyNs: 50e3 };
  });
  return { status: 'completed', tests, wallMs: 5 };
}

describe('evaluateSample with the time meter', () => {
  it('sends the reference and the empty program with the job, and asks for pairs in rounds until they settle', async () => {
    const ex = new MockExecutor(() => pairedOutcome(() => 1));
    const r = await evaluateSample({ executor: ex, meter: new TimeMeter(), cfg }, ref, 'def solve(xs):\n    return 0\n# again\n');
    expect(r.status).toBe('passed');
    const { job } = ex.jobs[0]!;
    expect(job.pairSource).toBe('def solve(xs):\n    return 0\n');
    expect(job.emptySource).toContain('return None');
    // Every scored test: a first round of 4 pairs, rounds of 4 more up to 24.
    expect(job.tests.filter((t) => t.time).every((t) => t.reps === 4 && t.moreRounds?.step === 4 && t.moreRounds.max === 24)).toBe(true);
    // The executor asks whether a test's pairs so far settle it: these agree within 3%.
    const { control } = ex.jobs[0]!;
    const records = pairedOutcome(() => 1).tests;
    const scored = toy.tests.findIndex((t) => t.level > 0);
    expect(control.settled?.(scored, records)).toBe(true);
    const scattered = pairedOutcome((_, k) => (k % 2 ? 3 : 0.2)).tests;
    expect(control.settled?.(scored, scattered)).toBe(false);
    // Agreeing pairs whose 4 set-ups all exceed the reference's: too few to tell a charge from noise.
    const withSetups = (setupNs: number[]) =>
      records.map((r, j) => (j === scored ? { ...r, samples: r.samples!.slice(0, 4), pairSamples: r.pairSamples!.slice(0, 4), setupNs, pairSetupNs: [4e6, 4e6, 4e6, 4e6] } : r));
    expect(control.settled?.(scored, withSetups([4.5e6, 4.2e6, 4.9e6, 4.1e6]))).toBe(false);
    expect(control.settled?.(scored, withSetups([4.5e6, 3.2e6, 4.9e6, 4.1e6]))).toBe(true);
    expect(r.levels.every((l) => Math.abs(l.ratio! - 1) < 0.01)).toBe(true);
    expect(r.levels.every((l) => l.ratioInterval![0] <= l.ratio! && l.ratio! <= l.ratioInterval![1])).toBe(true);
  });

  it("in ENAMEL mode settles a cheap level's loose pairs sooner than the dearest level's", async () => {
    // Pairs reading 1.3x and 0.75x in turn: too loose for a level whose ratio is its score.
    const loose = pairedOutcome((_, k) => (k % 2 ? 1.3 : 0.75)).tests;
    const small = toy.tests.findIndex((t) => t.level === 1);
    const large = toy.tests.findIndex((t) => t.level === 3);
    const settledIn = async (scoring: EvalConfig['scoring']) => {
      const ex = new MockExecutor(() => pairedOutcome(() => 1));
      await evaluateSample({ executor: ex, meter: new TimeMeter(), cfg: { ...cfg, scoring } }, ref, 'src');
      const { control } = ex.jobs[0]!;
      return [control.settled!(small, loose), control.settled!(large, loose)];
    };
    expect(await settledIn('default')).toEqual([false, false]);
    // T = 2 x 10000: the small level (reference 100) moves the score 1/199 as much as the large one.
    expect(await settledIn('enamel')).toEqual([true, false]);
  });

  it('censors a level whose whole interval is past 3 x alpha x the reference, and not one that only might be', async () => {
    const slow = await evaluateSample({ executor: new MockExecutor(() => pairedOutcome((level) => (level === 2 ? 8 : 1))), meter: new TimeMeter(), cfg }, ref, 'src');
    expect(slow).toMatchObject({ status: 'timeout', passed: true, message: "past the censoring limit: more than 3 x alpha x the reference's time" });
    expect(slow.levels.map((l) => l.censored)).toEqual([false, true, true]);
    // Around 6x with pairs from 3x to 9x: the estimate may pass the limit, its interval does not.
    const noisy = await evaluateSample({ executor: new MockExecutor(() => pairedOutcome((level, k) => (level === 2 ? [3, 9, 4, 8, 6.2, 5, 7][k]! : 1))), meter: new TimeMeter(), cfg }, ref, 'src');
    expect(noisy.status).toBe('passed');
    expect(noisy.levels[1]!.censored).toBe(false);
  });
});
