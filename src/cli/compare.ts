// `brisk compare <results.json> <A> <B>`: paired comparison of two entrants of one run.
import { readFileSync } from 'node:fs';
import { Command } from '@commander-js/extra-typings';
import { DEFAULT_CONFIG } from '../evaluate/config.ts';
import { ResultsSchema, type Results } from '../report/schema.ts';
import { zodMessage } from '../problem/load.ts';
import { metricCatalogue } from '../score/aggregate.ts';
import { compareEntrants, type MetricComparison, type ProblemValues } from '../score/compare.ts';
import { renderText } from '../report/leaderboard.ts';
import { positiveInt, seedValue } from './options.ts';

export function compareCommand() {
  return new Command('compare')
    .description('paired comparison of two entrants on the problems both attempted: mean difference A - B with a bootstrap 95% interval, wins, ties, losses')
    .argument('<results>', 'a results.json written by brisk run')
    .argument('<a>', 'entrant A')
    .argument('<b>', 'entrant B')
    .option('--seed <n>', 'bootstrap seed', seedValue, DEFAULT_CONFIG.bootstrapSeed)
    .option('--resamples <n>', 'bootstrap resamples', positiveInt('--resamples'), DEFAULT_CONFIG.bootstrapResamples)
    .option('--json', 'print the comparison as JSON')
    .action((file, a, b, opts) => {
      const results = readResults(file);
      const comparison = compareInResults(results, a, b, { seed: opts.seed, resamples: opts.resamples });
      if (opts.json) {
        process.stdout.write(JSON.stringify({ results: file, a, b, seed: opts.seed, resamples: opts.resamples, metrics: comparison }, null, 2) + '\n');
        return;
      }
      process.stdout.write(`${a} vs ${b}: difference is A - B; a win is A better by the metric's direction\n\n`);
      process.stdout.write(renderText(COLUMNS, comparison.map(comparisonRow)) + '\n');
    });
}

function readResults(file: string): Results {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
  const parsed = ResultsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: not a Brisk results.json: ${zodMessage(parsed.error)}`);
  return parsed.data;
}

/** Every per-problem metric with a per-problem meaning (pooled figures only exist over problems). */
export function compareInResults(results: Results, a: string, b: string, boot: { seed: number; resamples: number }): MetricComparison[] {
  const find = (name: string) => {
    const e = results.entrants.find((x) => x.name === name);
    if (!e) throw new Error(`no entrant "${name}" in this results.json; it has: ${results.entrants.map((x) => x.name).join(', ')}`);
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

const COLUMNS = ['metric', 'problems', 'mean A - B', '95% interval', 'W/T/L', 'win rate'];

const num = (x: number) => (Math.abs(x) >= 1000 ? x.toExponential(2) : x.toFixed(3));

function comparisonRow(m: MetricComparison): string[] {
  return [
    m.metric,
    String(m.problems),
    num(m.meanDifference),
    m.interval ? `[${num(m.interval.low)}, ${num(m.interval.high)}]` : '-',
    `${m.wins}/${m.ties}/${m.losses}`,
    m.winRate.toFixed(2),
  ];
}
