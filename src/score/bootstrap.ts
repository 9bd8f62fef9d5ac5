// Seeded percentile bootstrap over problems (pure). One set of resampled problem indices
// serves every metric, so intervals of different metrics come from the same resamples.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { quantileSorted } from 'simple-statistics';
import { resampledStatistic, type MetricColumn } from './aggregate.ts';

export interface Interval {
  low: number;
  high: number;
}

export interface BootstrapOptions {
  seed: number;
  resamples: number;
  /** Coverage of the interval; 0.95 gives the 2.5th and 97.5th percentiles. */
  level?: number;
}

/**
 * Percentile interval of each column's statistic over `resamples` draws of n problems with
 * replacement. A resample in which a metric keeps no problem has no value for it and is
 * skipped; a metric with no value in any resample gets no interval.
 */
export function bootstrapIntervals(columns: readonly MetricColumn[], opts: BootstrapOptions): Record<string, Interval> {
  const n = columns[0]?.a.length ?? 0;
  if (n === 0) return {};
  if (!Number.isInteger(opts.resamples) || opts.resamples < 1) throw new Error(`bootstrap: resamples must be a whole number >= 1, got ${opts.resamples}`);
  const level = opts.level ?? 0.95;
  const gen = xoroshiro128plus(opts.seed);
  const indices = new Int32Array(n);
  const stats = columns.map(() => new Float64Array(opts.resamples));
  for (let r = 0; r < opts.resamples; r++) {
    for (let j = 0; j < n; j++) indices[j] = uniformInt(gen, 0, n - 1);
    for (let c = 0; c < columns.length; c++) stats[c]![r] = resampledStatistic(columns[c]!, indices);
  }
  const out: Record<string, Interval> = {};
  columns.forEach((col, c) => {
    // A typed array sorts numerically and natively, far faster than a comparator sort.
    const values = Array.from(stats[c]!.filter((x) => !Number.isNaN(x)).sort());
    if (values.length === 0) return;
    out[col.name] = { low: quantileSorted(values, (1 - level) / 2), high: quantileSorted(values, 1 - (1 - level) / 2) };
  });
  return out;
}
