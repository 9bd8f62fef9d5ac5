// `node --import tsx scripts/pairs-dump.mts --suite DIR --samples FILE --out pairs.json [--scoring enamel] [--problems a,b]`:
// a time-meter run (references first, then the samples, `--jobs 2`, no memory pass) that
// records every sample test's paired times, set-ups and empty-program time, and prints how many
// runners each phase took and how many rounds of pairs the tests needed. The recorded pairs feed
// `scripts/pairs-replay.mts`, which judges a pairing plan without running anything again.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DirectMeasure } from '../src/evaluate/direct.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../src/evaluate/config.ts';
import { evaluateRun } from '../src/evaluate/run.ts';
import { readSuiteInfo } from '../src/import/suite-info.ts';
import { loadProblems } from '../src/problem/load.ts';
import { runnerContext } from '../src/runner-context.ts';
import { readSamplesFile } from '../src/samples/jsonl.ts';
import type { RecordedJob } from './pairs-replay.mts';

const { values } = parseArgs({
  options: { suite: { type: 'string' }, samples: { type: 'string' }, out: { type: 'string' }, scoring: { type: 'string', default: 'enamel' }, problems: { type: 'string' } },
});
if (!values.suite || !values.samples || !values.out) throw new Error('usage: pairs-dump.mts --suite DIR --samples FILE --out pairs.json [--scoring enamel|default] [--problems a,b]');
const problems = await loadProblems(values.suite, values.problems?.split(','));
const ctx = await runnerContext('time', () => {});
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'time', jobs: 2, tierMetrics: false, memory: false, scoring: values.scoring === 'default' ? 'default' : 'enamel' };
const { entrant } = readSamplesFile(values.samples, new Set(problems.map((p) => p.spec.id)), undefined, 'python', readSuiteInfo(values.suite));
const idOfSource = [...entrant.samples].flatMap(([id, list]) => list.map((s) => [s.source, id] as const));
const runners = { references: 0, samples: 0 };
const rounds = new Map<number, number>();
const recorded: RecordedJob[] = [];
const run = ctx.executor.run.bind(ctx.executor);
ctx.executor.run = async (job, control) => {
  const out = await run(job, control);
  const paired = job.pairSource !== undefined;
  for (const r of out.tests) {
    runners[paired ? 'samples' : 'references'] += (r.samples?.length ?? 1) + (r.pairSamples?.length ?? 0) + (r.emptyNs !== undefined ? 1 : 0);
    if (paired && r.pairSamples) rounds.set(r.pairSamples.length, (rounds.get(r.pairSamples.length) ?? 0) + 1);
  }
  // The job's source is the prelude and the sample's source.
  const id = idOfSource.find(([source]) => job.source.endsWith(source))?.[1];
  if (paired && id) recorded.push({ id, tests: out.tests.map((r) => ({ a: r.samples, b: r.pairSamples, e: r.emptyNs, sa: r.setupNs, sb: r.pairSetupNs })) });
  return out;
};
const started = Date.now();
await evaluateRun(problems, [entrant], new DirectMeasure({ executor: ctx.executor, meter: ctx.meter.meter, cfg }));
writeFileSync(values.out, JSON.stringify(recorded));
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s; runners: references ${runners.references}, samples ${runners.samples}`);
console.log(
  `tests by pairs taken: ${[...rounds]
    .sort(([a], [b]) => a - b)
    .map(([n, k]) => `${n}: ${k}`)
    .join(', ')}`,
);
ctx.executor.close();
