// Paired comparisons read from a results object (pure): `brisk compare` and results.json's
// `comparisons` of the top entrants both use it.
import { UsageError } from '../errors.ts';
import { metricCatalogue } from '../score/aggregate.ts';
import { compareEntrants, type MetricComparison, type ProblemValues } from '../score/compare.ts';
import type { Results } from './schema.ts';

/** Every per-problem metric with a per-problem meaning (pooled figures only exist over problems). */
export function compareInResults(results: Results, a: string, b: string, boot: { seed: number; resamples: number }): MetricComparison[] {
  const find = (name: string) => {
    const e = results.entrants.find((x) => x.name === name);
    // The name came from the command line (`brisk compare <run> A B`): a usage error, as an unknown problem id is.
    if (!e) throw new UsageError(`no entrant "${name}" in this results.json; it has: ${results.entrants.map((x) => x.name).join(', ')}`);
    return e;
  };
  const [ea, eb] = [find(a), find(b)];
  const info = results.metrics ?? metricCatalogue(results.config.ks, results.environment.meter.unit);
  const better = Object.fromEntries(Object.entries(info).flatMap(([name, m]) => (m.aggregate === 'pooled' ? [] : [[name, m.better]])));
  return compareEntrants(problemValues(ea), problemValues(eb), better, boot);
}

function problemValues(e: Results['entrants'][number]): ProblemValues[] {
  return e.problems.map((p) => {
    const values: Record<string, number> = {};
    for (const [k, v] of Object.entries(p)) if (typeof v === 'number' && k !== 'n' && k !== 'correct') values[k] = v;
    return { id: p.id, n: p.n, values };
  });
}

/** Every pair among the `top` entrants ranked by eff@k (first k), the better-ranked one as A. */
export function topComparisons(results: Results, boot: { seed: number; resamples: number }, top = 3) {
  const key = `eff@${results.config.ks[0]}`;
  const names = [...results.entrants]
    .sort((x, y) => (y.summary[key] ?? 0) - (x.summary[key] ?? 0))
    .slice(0, top)
    .map((e) => e.name);
  return names.flatMap((a, i) => names.slice(i + 1).map((b) => ({ a, b, metrics: compareInResults(results, a, b, boot) })));
}
