// From per-problem parts to an entrant's figures (pure): each metric is sum(a) / sum(b) over
// the problems it keeps, or exp of that for a geometric mean. The bootstrap reuses the columns.
import type { MemoryFigures } from '../measure/memory-figures.ts';
import { problemParts, type Aggregate, type MetricOptions, type ScoredSample } from './metrics.ts';

export interface MetricInfo {
  aggregate: Aggregate;
  unit: string;
  better: 'higher' | 'lower';
  description: string;
}

/** One metric over an entrant's problems, problem i at index i. */
export interface MetricColumn {
  name: string;
  aggregate: Aggregate;
  a: Float64Array;
  b: Float64Array;
}

export interface EntrantFigures {
  /** Per-problem values, in input order; a metric is absent where the problem is left out. */
  problems: Record<string, number>[];
  /** Entrant figures (absent when no problem counts) and the counts of problems used and dropped. */
  summary: Record<string, number>;
  columns: MetricColumn[];
}

/** The catalogue of metrics, for results.json's `metrics` and for the direction of a win. */
export function metricCatalogue(ks: number[], meterUnit: string, integralUnit: MemoryFigures['integralUnit'] = 'byte*instructions'): Record<string, MetricInfo> {
  const info: Record<string, MetricInfo> = {};
  for (const k of ks) {
    info[`pass@${k}`] = { aggregate: 'mean', unit: 'fraction', better: 'higher', description: `chance one of ${k} samples is correct (failures 0)` };
    info[`eff@${k}`] = { aggregate: 'mean', unit: 'score', better: 'higher', description: `expected best score of ${k} samples (failures 0)` };
    info[`efficient@${k}`] = {
      aggregate: 'mean',
      unit: 'fraction',
      better: 'higher',
      description: `chance one of ${k} samples is correct and costs at most the reference (within the tie tolerance); problems whose reference failed are left out`,
    };
  }
  const ratio = (d: string): MetricInfo => ({ aggregate: 'mean', unit: 'ratio', better: 'lower', description: d });
  const pooled = (d: string): MetricInfo => ({ aggregate: 'pooled', unit: 'ratio', better: 'lower', description: d });
  Object.assign(info, {
    speedup: { aggregate: 'geomean', unit: 'ratio', better: 'higher', description: 'reference cost / sample cost, geometric mean over solved, measured samples' },
    speedup_pooled: { aggregate: 'pooled', unit: 'ratio', better: 'higher', description: "COFFE's pooled speedup: sum of reference costs / sum of sample costs over solved, measured samples" },
    ET: { aggregate: 'mean', unit: meterUnit, better: 'lower', description: 'total cost of a solved, measured sample over the scored tests, mean over problems' },
    NET: ratio('sample cost / reference cost, mean over solved problems'),
    NET_pooled: pooled('sum of sample costs / sum of reference costs over solved problems'),
    MU: { aggregate: 'mean', unit: 'bytes', better: 'lower', description: 'peak memory of a solved sample, mean over problems with memory figures' },
    NMU: ratio('sample peak memory / reference peak memory, mean over problems with memory figures'),
    NMU_pooled: pooled('sum of sample peaks / sum of reference peaks'),
    TMU: { aggregate: 'mean', unit: integralUnit, better: 'lower', description: 'memory-time integral of a solved sample, mean over problems with figures' },
    NTMU: ratio('sample memory-time integral / reference integral, mean over problems with figures'),
    NTMU_pooled: pooled('sum of sample integrals / sum of reference integrals'),
    DPS: { aggregate: 'mean', unit: 'percent', better: 'higher', description: 'share of reference tiers the sample matches or beats (EvalPerf); failures 0' },
    DPS_norm: { aggregate: 'mean', unit: 'percent', better: 'higher', description: '100 (j+1)/m for the fastest tier j matched (EvalPerf); failures 0' },
    Beyond: { aggregate: 'mean', unit: 'fraction', better: 'higher', description: '(max - c)/(max - min) over the tier costs, clamped to [0, 1] (Mercury); failures 0' },
  } satisfies Record<string, MetricInfo>);
  return info;
}

/** sum(a) / sum(b) over all problems (NaN when none counts), exp'd for a geometric mean. */
export function columnStatistic(col: MetricColumn): number {
  return resampledStatistic(
    col,
    Int32Array.from(col.a, (_, i) => i),
  );
}

/** The same over the problem indices of one resample (a hot loop: typed arrays only). */
export function resampledStatistic(col: MetricColumn, indices: Int32Array): number {
  const { a, b } = col;
  let sa = 0;
  let sb = 0;
  for (let j = 0; j < indices.length; j++) {
    const i = indices[j]!;
    sa += a[i]!;
    sb += b[i]!;
  }
  if (sb === 0) return NaN;
  return col.aggregate === 'geomean' ? Math.exp(sa / sb) : sa / sb;
}

export function entrantFigures(problems: readonly (readonly ScoredSample[])[], opts: MetricOptions, catalogue: Record<string, MetricInfo>): EntrantFigures {
  const parts = problems.map((samples) => problemParts(samples, opts));
  const columns: MetricColumn[] = Object.entries(catalogue).map(([name, info]) => ({
    name,
    aggregate: info.aggregate,
    a: Float64Array.from(parts, (p) => p.get(name)?.a ?? 0),
    b: Float64Array.from(parts, (p) => p.get(name)?.b ?? 0),
  }));
  const kept = columns.filter((c) => c.b.some((x) => x > 0));
  const perProblem = parts.map(() => ({}) as Record<string, number>);
  for (const c of kept) {
    c.b.forEach((b, i) => {
      if (b > 0) perProblem[i]![c.name] = c.aggregate === 'geomean' ? Math.exp(c.a[i]! / b) : c.a[i]! / b;
    });
  }
  const summary: Record<string, number> = {};
  for (const c of kept) summary[c.name] = columnStatistic(c);
  // Ratio metrics keep only the problems they can measure: say how many that was.
  const counted = (name: string) => columns.find((c) => c.name === name)?.b.filter((b) => b > 0).length ?? 0;
  const withReference = problems.filter((s) => s.some((x) => x.reference)).length;
  for (const [label, metric] of [
    ['solved', 'NET'],
    ['NMU', 'NMU'],
    ['NTMU', 'NTMU'],
  ] as const) {
    if (label !== 'solved' && !(metric in summary)) continue;
    summary[`${label}_problems`] = counted(metric);
    summary[`${label}_dropped`] = withReference - counted(metric);
  }
  return { problems: perProblem, summary, columns: kept };
}
