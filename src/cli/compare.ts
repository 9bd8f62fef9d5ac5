// `brisk compare <results.json> <A> <B>`: paired comparison of two entrants of one run.
import { Command } from '@commander-js/extra-typings';
import { DEFAULT_CONFIG } from '../evaluate/config.ts';
import { compareInResults } from '../report/compare.ts';
import type { MetricComparison } from '../score/compare.ts';
import { renderText } from '../report/leaderboard.ts';
import { positiveInt, seedValue } from './options.ts';
import { readResultsFile } from './read-results.ts';

export function compareCommand() {
  return new Command('compare')
    .description('paired comparison of two entrants on the problems both attempted: mean difference A - B with a bootstrap 95% interval, wins, ties, losses')
    .argument('<results>', 'a results.json written by brisk run, or its run folder')
    .argument('<a>', 'entrant A')
    .argument('<b>', 'entrant B')
    .option('--seed <n>', 'bootstrap seed', seedValue, DEFAULT_CONFIG.bootstrapSeed)
    .option('--resamples <n>', 'bootstrap resamples', positiveInt('--resamples'), DEFAULT_CONFIG.bootstrapResamples)
    .option('--json', 'print the comparison as JSON')
    .action((file, a, b, opts) => {
      const results = readResultsFile(file);
      const comparison = compareInResults(results, a, b, { seed: opts.seed, resamples: opts.resamples });
      if (opts.json) {
        process.stdout.write(JSON.stringify({ results: file, a, b, seed: opts.seed, resamples: opts.resamples, metrics: comparison }, null, 2) + '\n');
        return;
      }
      process.stdout.write(`${a} vs ${b}: difference is A - B; a win is A better by the metric's direction\n\n`);
      process.stdout.write(renderText(COLUMNS, comparison.map(comparisonRow)) + '\n');
    });
}

const COLUMNS = ['metric', 'problems', 'mean A - B', '95% interval', 'W/T/L', 'win rate'];

const num = (x: number) => (Math.abs(x) >= 1000 ? x.toExponential(2) : x.toFixed(3));

function comparisonRow(m: MetricComparison): string[] {
  return [m.metric, String(m.problems), num(m.meanDifference), m.interval ? `[${num(m.interval.low)}, ${num(m.interval.high)}]` : '-', `${m.wins}/${m.ties}/${m.losses}`, m.winRate.toFixed(2)];
}
