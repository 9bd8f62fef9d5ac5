// `brisk run`: evaluate entrants (sample files, or the reference tiers) on the bundled problems.
import path from 'node:path';
import { Command, Option } from '@commander-js/extra-typings';
import { DEFAULT_CONFIG, type EvalConfig } from '../evaluate/config.ts';
import { evaluateRun, type Entrant } from '../evaluate/run.ts';
import { loadProblems, PACKAGE_ROOT, type Problem } from '../problem/load.ts';
import { readFileSync } from 'node:fs';
import { buildResults } from '../report/results.ts';
import { leaderboardHeader, leaderboardRows, renderText } from '../report/leaderboard.ts';
import { newRunId, writeReport } from '../report/write.ts';
import { readSamplesFile } from '../samples/jsonl.ts';
import { briskVersion, parseMeter, runnerContext } from './context.ts';
import { alphaValue, idList, intList, positiveInt, seedValue } from './options.ts';

export function runCommand() {
  return new Command('run')
    .description('evaluate samples (or, with no --samples, the reference tiers) and write a report')
    .option('--samples <files...>', 'EvalPlus-style JSONL files, one entrant per file')
    .option('--name <names...>', 'entrant names for the sample files, in order (default: file name)')
    .option('--problems <ids>', 'comma-separated problem ids (default: all)', idList)
    .option('--meter <meter>', 'auto | instructions | time', parseMeter, 'auto' as const)
    .option('--k <ks>', 'k values for pass@k and eff@k, e.g. 1,10', intList('--k'), [1])
    .option('--alpha <alpha>', 'timeout factor over the reference (ENAMEL alpha)', alphaValue, DEFAULT_CONFIG.alpha)
    .addOption(new Option('--scoring <mode>', 'level efficiency definition').choices(['default', 'enamel'] as const).default('default' as const))
    .option('--jobs <n>', 'parallel sandboxes (default: cores for instructions, 1 for time)', positiveInt('--jobs'))
    .option('--seed <n>', 'suite seed for generated inputs', seedValue, DEFAULT_CONFIG.suiteSeed)
    .option('--repetitions <n>', 'timed values per scored test (time meter)', positiveInt('--repetitions'), DEFAULT_CONFIG.repetitions)
    .option('--memory-mb <n>', 'address-space limit of a candidate process, MiB', positiveInt('--memory-mb'), DEFAULT_CONFIG.memoryBytes / 2 ** 20)
    .option('--suite <dir>', 'folder holding problems/ and reference-solutions/', PACKAGE_ROOT)
    .option('--out <dir>', 'report folder (default: reports/<run-id>)')
    .option('--json', 'print results.json to stdout instead of the leaderboard')
    .action(async (opts) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const suite = path.resolve(opts.suite);
      const problems = await loadProblems(suite, opts.problems);
      const ctx = await runnerContext(opts.meter, log);
      const timeMeter = ctx.meter.meter.name === 'time';
      const jobs = opts.jobs ?? (timeMeter ? 1 : 2);
      if (timeMeter && jobs > 1) log(`warning: --jobs ${jobs} with the time meter: parallel runs disturb each other's timings; use --jobs 1 for numbers you publish`);
      const cfg: EvalConfig = {
        ...DEFAULT_CONFIG,
        meter: ctx.meter.meter.name,
        alpha: opts.alpha,
        scoring: opts.scoring,
        ks: opts.k,
        suiteSeed: opts.seed,
        repetitions: opts.repetitions,
        memoryBytes: opts.memoryMb * 2 ** 20,
        jobs,
      };
      const entrants = opts.samples ? loadEntrants(opts.samples, opts.name ?? [], problems, log) : tierEntrants(problems);
      const runId = newRunId();
      const outDir = path.resolve(opts.out ?? path.join('reports', runId));
      const started = Date.now();
      const outcome = await evaluateRun(problems, entrants, ctx.executor, ctx.meter.meter, cfg, (ev) => {
        if (ev.kind === 'reference' || ev.done === ev.total || ev.done % 10 === 0 || (ev.status && ev.status !== 'passed')) {
          log(`[${ev.kind} ${ev.done}/${ev.total}] ${ev.label}${ev.status ? ` ${ev.status}` : ''}`);
        }
      });
      const results = buildResults(
        {
          runId,
          suite,
          problems: problems.map((p) => p.spec.id),
          config: cfg,
          meter: ctx.meter,
          interpreter: ctx.interpreter,
          isolation: ctx.isolation,
          harnessVersion: ctx.harnessVersion,
          brisk: briskVersion(),
        },
        outcome,
      );
      const files = writeReport(outDir, results);
      for (const w of results.warnings) log(`warning: ${w}`);
      if (opts.json) {
        process.stdout.write(JSON.stringify(results, null, 2) + '\n');
      } else {
        process.stdout.write(`${renderText(leaderboardHeader(results), leaderboardRows(results))}\n`);
        process.stdout.write(`\nmeter: ${results.environment.meter.name}; isolation: ${results.environment.isolation.label}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        process.stdout.write(`report: ${files.join(', ')}\n`);
      }
    });
}

/** With no samples, the reference tiers compete, so a new user sees a leaderboard at once. */
function tierEntrants(problems: Problem[]): Entrant[] {
  const names = ['naive', 'standard', 'expert'];
  return names.map((tier) => ({
    name: tier,
    samples: new Map(
      problems.flatMap((p) => {
        const ref = p.references.python?.find((r) => r.tier === tier);
        return ref ? [[p.spec.id, [{ source: readFileSync(ref.file, 'utf8'), origin: path.relative(PACKAGE_ROOT, ref.file) }]] as const] : [];
      }),
    ),
  }));
}

function loadEntrants(files: string[], names: string[], problems: Problem[], log: (l: string) => void): Entrant[] {
  if (names.length > 0 && names.length !== files.length) {
    throw new Error(`--name: ${names.length} name(s) given for ${files.length} sample file(s)`);
  }
  const known = new Set(problems.map((p) => p.spec.id));
  const entrants = files.map((f, i) => {
    const load = readSamplesFile(f, known, names[i]);
    for (const e of load.errors) log(`warning: ${e}`);
    return load.entrant;
  });
  const seen = new Set<string>();
  for (const e of entrants) {
    if (seen.has(e.name)) throw new Error(`--samples: two entrants are named "${e.name}"; give --name for each file`);
    seen.add(e.name);
  }
  return entrants;
}
