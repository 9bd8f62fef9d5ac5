// Paired comparison of two entrants on the problems both attempted (pure).
import type { MetricColumn } from './aggregate.ts';
import { bootstrapIntervals, type BootstrapOptions, type Interval } from './bootstrap.ts';

export interface ProblemValues {
  id: string;
  /** Samples the entrant had for the problem; 0 means not attempted. */
  n: number;
  values: Record<string, number>;
}

export interface MetricComparison {
  metric: string;
  /** Problems both attempted where the metric has a value for both. */
  problems: number;
  /** Mean over those problems of A's value minus B's. */
  meanDifference: number;
  interval?: Interval;
  /** A better than B (by the metric's direction), equal, worse. */
  wins: number;
  ties: number;
  losses: number;
  /** (wins + ties / 2) / problems. */
  winRate: number;
}

/**
 * Per metric, the paired differences A - B over shared problems, their mean with a bootstrap
 * interval over the shared problems, and who is better problem by problem. `better` gives each metric's
 * direction; metrics it does not name are skipped.
 */
export function compareEntrants(a: readonly ProblemValues[], b: readonly ProblemValues[], better: Record<string, 'higher' | 'lower'>, opts: BootstrapOptions): MetricComparison[] {
  const byId = new Map(b.filter((p) => p.n > 0).map((p) => [p.id, p]));
  const shared = a.filter((p) => p.n > 0 && byId.has(p.id)).map((p) => [p, byId.get(p.id)!] as const);
  // One bootstrap over the shared problems serves every metric: a problem where a metric has
  // no value for one side has b = 0 in that metric's column, so it drops out of the mean.
  const columns: MetricColumn[] = [];
  const out: MetricComparison[] = [];
  for (const [metric, direction] of Object.entries(better)) {
    const has = shared.map(([x, y]) => x.values[metric] !== undefined && y.values[metric] !== undefined);
    const pairs = shared.filter((_, i) => has[i]);
    if (pairs.length === 0) continue;
    const diffs = pairs.map(([x, y]) => x.values[metric]! - y.values[metric]!);
    const sign = direction === 'higher' ? 1 : -1;
    const tie = pairs.map((p, i) => isTie(p, metric, diffs[i]!));
    const ties = tie.filter(Boolean).length;
    const wins = diffs.filter((d, i) => sign * d > 0 && !tie[i]).length;
    const losses = pairs.length - wins - ties;
    columns.push({
      name: metric,
      aggregate: 'mean',
      a: Float64Array.from(shared, ([x, y], i) => (has[i] ? x.values[metric]! - y.values[metric]! : 0)),
      b: Float64Array.from(has, (h) => (h ? 1 : 0)),
    });
    out.push({ metric, problems: pairs.length, meanDifference: diffs.reduce((s, d) => s + d, 0) / diffs.length, wins, ties, losses, winRate: (wins + ties / 2) / pairs.length });
  }
  const intervals = bootstrapIntervals(columns, opts);
  for (const m of out) m.interval = intervals[m.metric];
  return out;
}

/** Differences below 1e-12 of the values' size are rounding, not a win. */
function isTie(pair: readonly [ProblemValues, ProblemValues], metric: string, d: number): boolean {
  return Math.abs(d) <= 1e-12 * Math.max(1, Math.abs(pair[0].values[metric]!), Math.abs(pair[1].values[metric]!));
}
