// `npm run bench`: speed of Brisk's own hot pure code, with tinybench. Prints figures; asserts
// nothing (speed targets do not belong in unit tests on a noisy machine).
import { Bench } from 'tinybench';
import { canonical, encodeTyped } from '../src/problem/codec.ts';
import { parseType } from '../src/problem/types.ts';
import { fitComplexity, geometricSizes } from '../src/profile/fit.ts';
import type { MetricColumn } from '../src/score/aggregate.ts';
import { bootstrapIntervals } from '../src/score/bootstrap.ts';
import { effAtK, passAtK } from '../src/score/estimators.ts';

const scores = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 1000) / 1000);
const listType = parseType('list[tuple[int, str]]');
const value = Array.from({ length: 10_000 }, (_, i) => [i, `w${i}`]);
const wire = encodeTyped(value, listType);
const sizes = geometricSizes(64, 65536, 10);
const costs = sizes.map((n) => 30 * n * Math.log2(n) + 5000);

// A run's bootstrap: 15 metrics over 40 problems (one left out by each ratio metric).
const columns: MetricColumn[] = Array.from({ length: 15 }, (_, c) => ({
  name: `m${c}`,
  aggregate: c % 3 === 0 ? 'geomean' : c % 3 === 1 ? 'pooled' : 'mean',
  a: Float64Array.from({ length: 40 }, (_, i) => ((i * 7919 + c) % 100) / 100),
  b: Float64Array.from({ length: 40 }, (_, i) => (i === c ? 0 : 1 + (i % 3))),
}));

const bench = new Bench({ time: 500 });
bench
  .add('effAtK n=200 k=10', () => void effAtK(scores, 10))
  .add('passAtK n=200 c=37 k=10', () => void passAtK(200, 37, 10))
  .add('encodeTyped 10k tuples', () => void encodeTyped(value, listType))
  .add('canonical 10k tuples', () => void canonical(wire))
  .add('fitComplexity 10 sizes', () => void fitComplexity(sizes, costs))
  .add('bootstrap 10k x 40 problems x 15 metrics', () => void bootstrapIntervals(columns, { seed: 1, resamples: 10_000 }));
await bench.run();
console.table(
  bench.tasks.map((t) => {
    const r = t.result as { latency?: { mean: number; rme: number }; throughput?: { mean: number } } | undefined;
    return {
      task: t.name,
      'mean (us)': r?.latency ? (r.latency.mean * 1000).toFixed(2) : '-',
      'rme %': r?.latency ? r.latency.rme.toFixed(1) : '-',
      'ops/s': r?.throughput ? Math.round(r.throughput.mean) : '-',
    };
  }),
);
