import { describe, expect, it } from 'vitest';
import { columnStatistic, type MetricColumn } from '../../src/score/aggregate.ts';
import { bootstrapIntervals } from '../../src/score/bootstrap.ts';

const meanColumn = (name: string, values: number[]): MetricColumn => ({
  name,
  aggregate: 'mean',
  a: Float64Array.from(values),
  b: new Float64Array(values.length).fill(1),
});
// 40 problems, values spread over [0, 1)
const spread = meanColumn(
  'spread',
  Array.from({ length: 40 }, (_, i) => ((i * 17) % 40) / 40),
);

describe('bootstrapIntervals', () => {
  it('is reproducible by seed: same seed, same interval; another seed, another', () => {
    const a = bootstrapIntervals([spread], { seed: 7, resamples: 10_000 });
    const b = bootstrapIntervals([spread], { seed: 7, resamples: 10_000 });
    const c = bootstrapIntervals([spread], { seed: 8, resamples: 10_000 });
    expect(a).toEqual(b);
    expect(c.spread).not.toEqual(a.spread);
    // The mean is 0.4875 ((0 + 1 + ... + 39) / 40 / 40); the interval holds it, and is narrow-ish.
    expect(columnStatistic(spread)).toBeCloseTo(0.4875, 15);
    expect(a.spread!.low).toBeLessThan(0.4875);
    expect(a.spread!.high).toBeGreaterThan(0.4875);
    expect(a.spread!.high - a.spread!.low).toBeLessThan(0.4);
  });

  it('gives the percentiles of the resampled statistic', () => {
    // Two problems valued 0 and 1: a resample's mean is 0, 0.5 or 1 with chance 1/4, 1/2, 1/4,
    // so over 10,000 resamples the 2.5th percentile is 0 and the 97.5th is 1.
    expect(bootstrapIntervals([meanColumn('x', [0, 1])], { seed: 1, resamples: 10_000 }).x).toEqual({ low: 0, high: 1 });
    // Every problem equal: the interval is that value.
    expect(bootstrapIntervals([meanColumn('x', [0.5, 0.5, 0.5])], { seed: 1, resamples: 1000 }).x).toEqual({ low: 0.5, high: 0.5 });
  });

  it('resamples pooled and geometric-mean columns as ratios of sums', () => {
    // Pooled: every problem has a/b = 2 -> any resample is 2.
    const pooled: MetricColumn = { name: 'p', aggregate: 'pooled', a: Float64Array.from([2, 20, 200]), b: Float64Array.from([1, 10, 100]) };
    // Geometric mean of speedups 4 and 4 (logs) -> 4.
    const geo: MetricColumn = { name: 'g', aggregate: 'geomean', a: Float64Array.from([Math.log(4), Math.log(4)]), b: Float64Array.from([1, 1]) };
    const out = bootstrapIntervals([pooled, { ...geo, a: Float64Array.from([Math.log(4), Math.log(4), Math.log(4)]), b: Float64Array.from([1, 1, 1]) }], { seed: 3, resamples: 500 });
    expect(out.p).toEqual({ low: 2, high: 2 });
    expect(out.g!.low).toBeCloseTo(4, 12);
    expect(out.g!.high).toBeCloseTo(4, 12);
  });

  it('skips resamples where a metric keeps no problem, and rejects a bad resample count', () => {
    // Problem 0 is left out (b = 0); problem 1 is 0.25: a resample is either undefined or 0.25.
    const sparse: MetricColumn = { name: 's', aggregate: 'mean', a: Float64Array.from([0, 0.25]), b: Float64Array.from([0, 1]) };
    expect(bootstrapIntervals([sparse], { seed: 2, resamples: 1000 }).s).toEqual({ low: 0.25, high: 0.25 });
    expect(bootstrapIntervals([], { seed: 2, resamples: 1000 })).toEqual({});
    expect(() => bootstrapIntervals([spread], { seed: 2, resamples: 0 })).toThrow(/resamples must be a whole number >= 1/);
  });
});
