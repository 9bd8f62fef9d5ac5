import { describe, expect, it } from 'vitest';
import { entrantFigures, metricCatalogue } from '../../src/score/aggregate.ts';
import { tierStanding, type ScoredSample, type TierCost } from '../../src/score/metrics.ts';

const ref = (totalCost: number, peakBytes?: number, integral?: number) => ({
  totalCost,
  memory: peakBytes === undefined ? undefined : { peakBytes, integral, integralUnit: 'byte*instructions' as const },
});
const tiers: TierCost[] = [
  { tier: 'naive', totalCost: 1000 },
  { tier: 'standard', totalCost: 300 },
  { tier: 'expert', totalCost: 100 },
];
const ok = (totalCost: number, r = ref(100), extra: Partial<ScoredSample> = {}): ScoredSample => ({ passed: true, score: 1, totalCost, reference: r, tiers, ...extra });
const failed: ScoredSample = { passed: false, score: 0, reference: ref(100), tiers };
// Passes, but a scored level timed out: pass credit, no total cost.
const timedOut: ScoredSample = { passed: true, score: 0.3, reference: ref(100), tiers };
const opts = { ks: [1, 2], tolerance: 1e-4 };
// Entrant-level examples have one sample per problem, so k = 1 only.
const one = { ks: [1], tolerance: 1e-4 };
const catalogue = metricCatalogue([1], 'instructions');
/** A metric's per-problem value through the real path; undefined where the problem is left out. */
const value = (samples: ScoredSample[], name: string): number | undefined => {
  const o = samples.length >= 2 ? opts : one;
  return entrantFigures([samples], o, metricCatalogue(o.ks, 'instructions')).problems[0]![name];
};

describe('efficient@k', () => {
  it('counts correct samples costing at most the reference, within the tie tolerance', () => {
    // costs 90 (efficient), 100.005 (within 1e-4 of 100: a tie, efficient), 150 (not), failed, timed out
    // c = 2 of n = 5: efficient@1 = 2/5 = 0.4; efficient@2 = 1 - (3/5)(2/4) = 0.7
    const samples = [ok(90), ok(100.005), ok(150), failed, timedOut];
    expect(value(samples, 'efficient@1')).toBeCloseTo(0.4, 15);
    expect(value(samples, 'efficient@2')).toBeCloseTo(0.7, 15);
  });

  it('a failed reference leaves the problem out: never a free win', () => {
    const noRef = [{ passed: true, score: 0, totalCost: 1 }];
    expect(value(noRef, 'efficient@1')).toBeUndefined();
    // Entrant: problem 1 efficient (1), problem 2 reference failed (left out) -> 1/1, not 2/2 nor 1/2.
    const figures = entrantFigures([[ok(50)], noRef], one, catalogue);
    expect(figures.summary['efficient@1']).toBe(1);
    expect(figures.problems[1]!['efficient@1']).toBeUndefined();
    expect(figures.problems[1]!['pass@1']).toBe(1);
  });
});

describe('speedup, ET, NET', () => {
  it('per problem: geometric mean over solved, measured samples; pooled: ratio of sums', () => {
    // ref 100; samples 50 (speedup 2) and 200 (0.5): geomean sqrt(2 * 0.5) = 1; pooled (100+100)/(50+200) = 0.8
    // failed and timed-out samples are left out of both.
    const samples = [ok(50), ok(200), failed, timedOut];
    expect(value(samples, 'speedup')).toBeCloseTo(1, 15); // exp(mean(log 2, log 0.5))
    expect(value(samples, 'speedup_pooled')).toBeCloseTo(0.8, 15);
    // ET = mean(50, 200) = 125; NET = mean(0.5, 2) = 1.25; NET_pooled = 250 / 200 = 1.25
    expect(value(samples, 'ET')).toBe(125);
    expect(value(samples, 'NET')).toBe(1.25);
    expect(value(samples, 'NET_pooled')).toBe(1.25);
    expect(value([failed, timedOut], 'speedup')).toBeUndefined();
  });

  it('over problems: geometric mean of the per-problem speedups, pooled over all solved pairs, with the drop count', () => {
    // P1: ref 100, sample 25 -> speedup 4; P2: ref 1000, sample 4000 -> 0.25; P3: failed (dropped)
    // speedup = sqrt(4 * 0.25) = 1; pooled = (100 + 1000) / (25 + 4000) = 1100 / 4025
    // NET = mean(0.25, 4) = 2.125; NET_pooled = 4025 / 1100
    const f = entrantFigures([[ok(25)], [ok(4000, ref(1000))], [failed]], one, catalogue);
    expect(f.summary.speedup).toBeCloseTo(1, 15);
    expect(f.summary.speedup_pooled).toBeCloseTo(1100 / 4025, 15);
    expect(f.summary.NET).toBe(2.125);
    expect(f.summary.NET_pooled).toBeCloseTo(4025 / 1100, 15);
    expect(f.summary.solved_problems).toBe(2);
    expect(f.summary.solved_dropped).toBe(1);
    // pass@1 counts the failure as 0: (1 + 1 + 0) / 3
    expect(f.summary['pass@1']).toBeCloseTo(2 / 3, 15);
  });
});

describe('MU/NMU, TMU/NTMU', () => {
  it('peak and integral ratios over problems with figures on both sides; absent without figures', () => {
    // P1: peak 300 vs ref 100 (NMU 3), integral 60 vs 20 (NTMU 3)
    // P2: peak 100 vs ref 200 (NMU 0.5), no integral -> NTMU drops it
    // P3: solved but no memory figures -> dropped from both
    const p1 = [ok(100, ref(100, 100, 20), { memory: { peakBytes: 300, integral: 60, integralUnit: 'byte*instructions' } })];
    const p2 = [ok(100, ref(100, 200), { memory: { peakBytes: 100 } })];
    const p3 = [ok(100)];
    const f = entrantFigures([p1, p2, p3], one, catalogue);
    expect(f.summary.MU).toBe(200); // (300 + 100) / 2
    expect(f.summary.NMU).toBe(1.75); // (3 + 0.5) / 2
    expect(f.summary.NMU_pooled).toBeCloseTo(400 / 300, 15); // (300 + 100) / (100 + 200)
    expect(f.summary.TMU).toBe(60);
    expect(f.summary.NTMU).toBe(3);
    expect(f.summary.NTMU_pooled).toBe(3);
    expect([f.summary.NMU_problems, f.summary.NMU_dropped, f.summary.NTMU_problems, f.summary.NTMU_dropped]).toEqual([2, 1, 1, 2]);
  });

  it('a failed or timed-out sample has no memory ratio, and no figures anywhere means absent, not 0', () => {
    const mem = { memory: { peakBytes: 50 } };
    expect(
      value(
        [
          { ...failed, ...mem },
          { ...timedOut, ...mem },
        ],
        'NMU',
      ),
    ).toBeUndefined();
    const f = entrantFigures([[ok(100)]], one, catalogue);
    expect('MU' in f.summary).toBe(false);
    expect('NMU_problems' in f.summary).toBe(false);
  });
});

describe('DPS, DPS_norm, Beyond', () => {
  it('rank a correct sample against the tiers slow to fast (naive 1000, standard 300, expert 100)', () => {
    // 200: beats naive and standard, not expert: DPS = 100 * 2/3, DPS_norm = 100 (1+1)/3; Beyond = (1000-200)/(1000-100) = 8/9
    expect(tierStanding(ok(200), 1e-4)).toEqual({ dps: 200 / 3, dpsNorm: 200 / 3, beyond: 8 / 9 });
    // 100: matches expert: 100, 100, 1
    expect(tierStanding(ok(100), 1e-4)).toEqual({ dps: 100, dpsNorm: 100, beyond: 1 });
    // 5000: slower than the slowest tier: 0, 0, Beyond clamped to 0
    expect(tierStanding(ok(5000), 1e-4)).toEqual({ dps: 0, dpsNorm: 0, beyond: 0 });
    // 50: faster than expert: Beyond clamped to 1
    expect(tierStanding(ok(50), 1e-4).beyond).toBe(1);
  });

  it('failures and censored samples score 0; a censored tier is beaten by any measured sample and leaves Beyond', () => {
    expect(tierStanding(failed, 1e-4)).toEqual({ dps: 0, dpsNorm: 0, beyond: 0 });
    expect(tierStanding(timedOut, 1e-4)).toEqual({ dps: 0, dpsNorm: 0, beyond: 0 });
    const censoredNaive: TierCost[] = [{ tier: 'naive' }, { tier: 'standard', totalCost: 300 }, { tier: 'expert', totalCost: 100 }];
    // 500: beats the censored naive only: DPS 100/3, DPS_norm 100/3; Beyond over (300, 100): (300-500)/200 -> clamped 0
    expect(tierStanding(ok(500, ref(100), { tiers: censoredNaive }), 1e-4)).toEqual({ dps: 100 / 3, dpsNorm: 100 / 3, beyond: 0 });
    // 200: Beyond (300-200)/(300-100) = 0.5
    expect(tierStanding(ok(200, ref(100), { tiers: censoredNaive }), 1e-4).beyond).toBe(0.5);
  });

  it('DPS_norm takes the fastest tier matched, DPS the share matched, when tiers are out of order', () => {
    // standard (80) faster than expert (100); sample 90 matches naive and expert, not standard:
    // DPS = 100 * 2/3; DPS_norm = 100 * (2+1)/3 = 100
    const odd: TierCost[] = [
      { tier: 'naive', totalCost: 1000 },
      { tier: 'standard', totalCost: 80 },
      { tier: 'expert', totalCost: 100 },
    ];
    const s = tierStanding(ok(90, ref(100), { tiers: odd }), 1e-4);
    expect(s.dps).toBeCloseTo(200 / 3, 12);
    expect(s.dpsNorm).toBe(100);
  });

  it('over problems with failures counted 0; absent without tiers', () => {
    // P1: samples 100 (DPS 100) and failed (0) -> 50; P2: failed -> 0; entrant DPS = 25
    // Beyond: P1 (1 + 0)/2 = 0.5, P2 0 -> 0.25
    const f = entrantFigures([[ok(100), failed], [failed]], one, catalogue);
    expect(f.summary.DPS).toBe(25);
    expect(f.summary.Beyond).toBe(0.25);
    expect(value([ok(100, ref(100), { tiers: undefined })], 'DPS')).toBeUndefined();
  });
});

describe('pass@k and eff@k per problem', () => {
  it('reuse the estimators; a problem without samples counts 0', () => {
    // scores 1, 0.3 (timed out, pass credit), 0 (failed): pass@1 = 2/3; eff@1 = 1.3/3; eff@2 = (1/3)(0.3) + (2/3)(1) [C(1,1)/C(3,2), C(2,1)/C(3,2)]
    const samples = [ok(1), timedOut, failed];
    expect(value(samples, 'pass@1')).toBeCloseTo(2 / 3, 15);
    expect(value(samples, 'eff@1')).toBeCloseTo(1.3 / 3, 15);
    expect(value(samples, 'eff@2')).toBeCloseTo(0.3 / 3 + 2 / 3, 15);
    expect(value([], 'pass@1')).toBe(0);
  });
});
