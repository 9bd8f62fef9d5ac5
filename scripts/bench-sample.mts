// `npm run bench:sample [-- --problems a,b|all --language python|javascript --meter instructions|time --suite dir --samples file --memory off --repetitions n]`:
// where a sample's wall time goes. Runs the given problems' reference tiers as samples (the
// references first, as `brisk run` does) and prints, per pass, wall time, sandbox CPU time
// (cgroup accounting) and calls, plus each counted supervisor's start-up, then an empty call's
// wall (the harness's own work per call) and, for Python, how much of each pass that is.
// Prints figures; asserts nothing.
import { parseArgs } from 'node:util';
import { DirectMeasure } from '../src/evaluate/direct.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../src/evaluate/config.ts';
import { evaluateRun } from '../src/evaluate/run.ts';
import { tierEntrants } from '../src/api.ts';
import { loadProblems, PACKAGE_ROOT } from '../src/problem/load.ts';
import { runnerContext } from '../src/runner-context.ts';
import { readSamplesFile } from '../src/samples/jsonl.ts';
import { readSuiteInfo } from '../src/import/suite-info.ts';
import { emptyCallWall } from './empty-call-wall.mts';

const { values } = parseArgs({
  options: {
    problems: { type: 'string', default: 'pair-sum-count,longest-unique-substring,merge-intervals,top-k-frequent,count-primes' },
    language: { type: 'string', default: 'python' },
    meter: { type: 'string', default: 'instructions' },
    jobs: { type: 'string', default: '1' },
    suite: { type: 'string', default: PACKAGE_ROOT },
    samples: { type: 'string' },
    memory: { type: 'string', default: 'on' },
    repetitions: { type: 'string', default: String(DEFAULT_CONFIG.repetitions) },
  },
});
const language = values.language === 'javascript' ? 'javascript' : 'python';
const problems = await loadProblems(values.suite, values.problems === 'all' ? undefined : values.problems.split(','));
const ctx = await runnerContext(values.meter === 'time' ? 'time' : 'instructions', (l) => console.error(l));
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: ctx.meter.meter.name, jobs: Number(values.jobs), tierMetrics: false, memory: values.memory !== 'off', repetitions: Number(values.repetitions) };
const entrants = values.samples
  ? [readSamplesFile(values.samples, new Set(problems.map((p) => p.spec.id)), undefined, language, readSuiteInfo(values.suite)).entrant]
  : tierEntrants(problems, language);
const started = Date.now();
// When each phase (references, tiers, samples) reported its last unit.
const phaseEnds = new Map<string, number>();
await evaluateRun(problems, entrants, new DirectMeasure({ executor: ctx.executor, meter: ctx.meter.meter, cfg }), (e) => phaseEnds.set(e.kind, Date.now() - started));
const wallMs = Date.now() - started;
const samples = problems.length * entrants.length;

const rows = [...ctx.executor.stats].map(([mode, s]) => ({
  pass: mode === 'callgrind' ? 'counted' : mode,
  jobs: s.jobs,
  calls: s.calls,
  'wall s': (s.wallMs / 1000).toFixed(1),
  'sandbox CPU s': (s.cpuMs / 1000).toFixed(1),
  'CPU ms per call': s.calls > 0 ? (s.cpuMs / s.calls).toFixed(1) : '-',
  'wall share': `${((100 * s.wallMs) / wallMs).toFixed(0)}%`,
}));
for (const s of ctx.executor.pool.startups) {
  rows.push({
    pass: `start-up ${s.key}`,
    jobs: 1,
    calls: 1,
    'wall s': (s.wallMs / 1000).toFixed(1),
    'sandbox CPU s': s.cpuMs === undefined ? '-' : (s.cpuMs / 1000).toFixed(1),
    'CPU ms per call': '-',
    'wall share': `${((100 * s.wallMs) / wallMs).toFixed(0)}%`,
  });
}
console.log(
  `${problems.length} problems x ${entrants.length} ${values.samples ? 'entrant' : `${language} tiers`} (${samples} samples, references first), meter ${ctx.meter.meter.name}, --jobs ${cfg.jobs}: ${(wallMs / 1000).toFixed(1)} s wall, ${(wallMs / samples / 1000).toFixed(2)} s per sample`,
);
console.table(rows);
let phaseStart = 0;
console.log(
  `phases (wall): ${[...phaseEnds]
    .map(([kind, end]) => {
      const s = `${kind === 'reference' ? 'references' : `${kind}s`} ${((end - phaseStart) / 1000).toFixed(1)} s`;
      phaseStart = end;
      return s;
    })
    .join(', ')}`,
);
console.log('wall shares overlap with --jobs > 1; start-up wall is part of the pass that started the supervisor; the rest is Brisk itself (checking, scoring).');
// The harness's own work per call: an empty program's call, timed after the run.
const families = language === 'python' ? (['python'] as const) : (['python', 'javascript'] as const);
const empty = new Map<string, number>();
for (const family of families) for (const counted of [true, false]) empty.set(`${family}:${counted}`, await emptyCallWall(ctx.executor, family, counted, 10));
console.log(
  `an empty call (the harness's own work per call, wall): ${families.map((f) => `${f} counted ${empty.get(`${f}:true`)!.toFixed(1)} ms, native ${empty.get(`${f}:false`)!.toFixed(1)} ms`).join('; ')}`,
);
if (language === 'python') {
  for (const [mode, s] of ctx.executor.stats) {
    // A memory pass runs two runners a test (untraced, then traced).
    const counted = mode === 'callgrind' || mode === 'cycles';
    const per = empty.get(`python:${counted}`)! * (mode === 'memory' ? 2 : 1);
    console.log(
      `  ${mode === 'callgrind' ? 'counted' : mode} pass: ${s.calls} calls x ${per.toFixed(1)} ms = ${((s.calls * per) / 1000).toFixed(1)} s of its ${(s.wallMs / 1000).toFixed(1)} s wall is the harness's own work`,
    );
  }
}
ctx.executor.close();
