// evaluateRun with a mock executor and meter: tier costs, their reuse, and the metrics and
// intervals they feed. Sources are labels; the mock meter costs each by its label.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { evaluateRun, type Entrant } from '../../src/evaluate/run.ts';
import type { Meter, MeterContext } from '../../src/measure/meter.ts';
import { parseSignature } from '../../src/problem/inputs.ts';
import type { Problem } from '../../src/problem/load.ts';
import { enamelLevels } from '../../src/problem/spec.ts';
import type { HarnessJob, RunOutcome } from '../../src/sandbox/executor.ts';
import { toySpec } from '../support/fixtures.ts';
import { MockExecutor, passedRecords } from '../support/mocks.ts';

const spec = toySpec({
  levels: [{ name: 'correctness', weight: 0, cases: 1, size: 2 }, ...enamelLevels([0, 10, 20, 30]).slice(1).map((l) => ({ ...l, cases: 2 }))],
});
// Tests: case-1, correctness-1, then 6 scored tests (small, medium, large x 2): the last is large-2.
const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-tiers-'));
const tierFile = (tier: string, source: string) => {
  const file = path.join(dir, `${tier}.py`);
  writeFileSync(file, source);
  return { tier, file };
};
const problem: Problem = {
  spec,
  signature: parseSignature(spec),
  references: { python: [tierFile('naive', 'NAIVE'), tierFile('standard', 'STANDARD'), tierFile('expert', 'EXPERT')] },
};
/** Cost per scored test by source label. */
const COST: Record<string, number> = { EXPERT: 100, STANDARD: 300, FAST: 50, NAIVE: 1000 };

class LabelMeter implements Meter {
  readonly name = 'instructions' as const;
  readonly unit = 'instructions' as const;
  readonly timesNatively = false;
  async costs(ctx: MeterContext) {
    return { costs: new Map(ctx.indices.map((i) => [i, COST[ctx.job.source]!] as [number, number])) };
  }
}

function script(job: HarnessJob): RunOutcome {
  const records = passedRecords(job.tests.length);
  // NAIVE is censored on the last large test; WRONG fails a correctness test.
  if (job.source === 'NAIVE') records[job.tests.length - 1] = { status: 'timeout', message: 'past the limit' };
  if (job.source === 'WRONG') records[1] = { status: 'wrong_answer', message: 'expected 0, got 1' };
  return { status: 'completed', tests: records, wallMs: 1 };
}

const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 2, bootstrapResamples: 2000 };
const sample = (source: string) => ({ source, origin: `m.jsonl:${source}`, language: 'python' as const });
const model: Entrant = { name: 'model', samples: new Map([['toy', ['EXPERT', 'FAST', 'WRONG'].map(sample)]]) };

describe('evaluateRun: tier metrics', () => {
  it('measures every tier against the expert, reuses a tier run for an identical sample, and scores DPS and Beyond', async () => {
    const executor = new MockExecutor(script);
    const out = await evaluateRun([problem], [model], executor, new LabelMeter(), cfg);
    const ref = out.references[0]!;
    // 6 scored tests: expert 6 x 100 = 600, standard 6 x 300 = 1800; naive censored: no cost, keeps pass credit.
    expect(ref.totalCost).toBe(600);
    expect(ref.tiers).toEqual([
      { tier: 'naive', status: 'timeout', passed: true, totalCost: undefined },
      { tier: 'standard', status: 'passed', passed: true, totalCost: 1800 },
      { tier: 'expert', status: 'passed', passed: true, totalCost: 600 },
    ]);
    // EXPERT ran twice (reference, then the expert tier shared with the identical sample), not three times.
    expect(executor.jobs.filter((j) => j.job.source === 'EXPERT')).toHaveLength(2);

    const e = out.entrants[0]!;
    const p = e.problems[0]!;
    expect(p.samples.map((s) => s.totalCost)).toEqual([600, 300, undefined]);
    // pass@1 = 2/3 (WRONG fails); efficient@1 = 2/3 (EXPERT ties at 600, FAST 300 < 600)
    expect(p.metrics['pass@1']).toBeCloseTo(2 / 3, 15);
    expect(p.metrics['efficient@1']).toBeCloseTo(2 / 3, 15);
    // speedup = geomean(600/600, 600/300) = sqrt(2); pooled (600 + 600) / (600 + 300) = 4/3
    expect(e.summary.speedup).toBeCloseTo(Math.SQRT2, 14);
    expect(e.summary.speedup_pooled).toBeCloseTo(4 / 3, 14);
    // DPS: EXPERT and FAST match all three tiers (censored naive counts as beaten) -> 100 each; WRONG 0: mean 200/3.
    // Beyond over measured tiers (1800, 600): EXPERT (1800-600)/1200 = 1, FAST clamped to 1, WRONG 0: 2/3.
    expect(e.summary.DPS).toBeCloseTo(200 / 3, 12);
    expect(e.summary.DPS_norm).toBeCloseTo(200 / 3, 12);
    expect(e.summary.Beyond).toBeCloseTo(2 / 3, 14);
    // No memory figures: MU and the rest are absent, not 0.
    expect(e.summary.MU).toBeUndefined();
    // Every summary metric has an interval; with one problem each interval is the value itself.
    for (const name of Object.keys(out.metrics)) {
      if (e.summary[name] === undefined) continue;
      expect(e.intervals[name]!.low, name).toBeCloseTo(e.summary[name]!, 12);
      expect(e.intervals[name]!.high, name).toBeCloseTo(e.summary[name]!, 12);
    }
    expect(Object.keys(e.intervals).sort()).toEqual(
      ['pass@1', 'eff@1', 'efficient@1', 'speedup', 'speedup_pooled', 'ET', 'NET', 'NET_pooled', 'DPS', 'DPS_norm', 'Beyond'].sort(),
    );
  });

  it('with tier metrics off, runs no tier and leaves DPS and Beyond absent', async () => {
    const executor = new MockExecutor(script);
    const out = await evaluateRun([problem], [model], executor, new LabelMeter(), { ...cfg, tierMetrics: false });
    expect(out.references[0]!.tiers).toBeUndefined();
    expect(executor.jobs.filter((j) => j.job.source === 'NAIVE' || j.job.source === 'STANDARD')).toHaveLength(0);
    expect(out.entrants[0]!.summary.DPS).toBeUndefined();
    expect(out.entrants[0]!.summary['efficient@1']).toBeCloseTo(2 / 3, 15);
  });

  it('a failed reference scores nothing, so no sample is efficient through it', async () => {
    const executor = new MockExecutor((job) => (job.source === 'EXPERT' ? { status: 'sandbox_error', message: 'no sandbox', tests: [], wallMs: 1 } : script(job)));
    const out = await evaluateRun([problem], [model], executor, new LabelMeter(), cfg);
    expect(out.references[0]!.error).toMatch(/sandbox_error/);
    expect(out.entrants[0]!.summary['efficient@1']).toBeUndefined();
    expect(out.entrants[0]!.summary['pass@1']).toBeUndefined();
  });
});
