// evaluateRun with a mock executor and meter: tier costs, their reuse, and the metrics and
// intervals they feed. Sources are labels; the mock meter costs each by its label.
import { describe, expect, it } from 'vitest';
import { DirectMeasure } from '../../src/evaluate/direct.ts';
import { evaluateRun } from '../../src/evaluate/run.ts';
import { cfg, LabelMeter, model, problem, script } from '../support/tier-run.ts';
import { MockExecutor } from '../support/mocks.ts';

describe('evaluateRun: tier metrics', () => {
  it('measures every tier against the expert, reuses a tier run for an identical sample, and scores DPS and Beyond', async () => {
    const executor = new MockExecutor(script);
    const out = await evaluateRun([problem], [model], new DirectMeasure({ executor: executor, meter: new LabelMeter(), cfg }));
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
    expect(Object.keys(e.intervals).sort()).toEqual(['pass@1', 'eff@1', 'efficient@1', 'speedup', 'speedup_pooled', 'ET', 'NET', 'NET_pooled', 'DPS', 'DPS_norm', 'Beyond'].sort());
  });

  it('with tier metrics off, runs no tier and leaves DPS and Beyond absent', async () => {
    const executor = new MockExecutor(script);
    const out = await evaluateRun([problem], [model], new DirectMeasure({ executor: executor, meter: new LabelMeter(), cfg: { ...cfg, tierMetrics: false } }));
    expect(out.references[0]!.tiers).toBeUndefined();
    expect(executor.jobs.filter((j) => j.job.source === 'NAIVE' || j.job.source === 'STANDARD')).toHaveLength(0);
    expect(out.entrants[0]!.summary.DPS).toBeUndefined();
    expect(out.entrants[0]!.summary['efficient@1']).toBeCloseTo(2 / 3, 15);
  });

  it('a failed reference scores nothing, so no sample is efficient through it', async () => {
    const executor = new MockExecutor((job) => (job.source === 'EXPERT' ? { status: 'sandbox_error', message: 'no sandbox', tests: [], wallMs: 1 } : script(job)));
    const out = await evaluateRun([problem], [model], new DirectMeasure({ executor: executor, meter: new LabelMeter(), cfg }));
    expect(out.references[0]!.error).toMatch(/sandbox_error/);
    expect(out.entrants[0]!.summary['efficient@1']).toBeUndefined();
    expect(out.entrants[0]!.summary['pass@1']).toBeUndefined();
  });
});
