// `brisk run`: evaluate entrants (sample files, or the reference tiers) on the bundled problems.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from '@commander-js/extra-typings';
import { evaluate } from '../api.ts';
import { DEFAULT_CONFIG } from '../evaluate/config.ts';
import type { Entrant } from '../evaluate/run.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { listProblemIds, PACKAGE_ROOT } from '../problem/load.ts';
import { agreementLine } from '../report/agreement.ts';
import { leaderboardHeader, leaderboardRows, renderText } from '../report/leaderboard.ts';
import { newRunId, writeHtml, writeReport } from '../report/write.ts';
import { readSamplesDir } from '../samples/dir.ts';
import { readSamplesFile, type SamplesLoad } from '../samples/jsonl.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { briskCommand, UsageError } from '../errors.ts';
import { unwritableReason } from '../report/write.ts';
import { EXIT } from './exit.ts';
import { readSuiteInfo, type SuiteInfo } from '../import/suite-info.ts';
import { progressReporter } from './progress.ts';
import { alphaValue, idList, intList, parseMeter, positiveInt, seedValue } from './options.ts';

export function runCommand() {
  return new Command('run')
    .description('evaluate samples (or, with no --samples, the reference tiers) and write a report')
    .option('--samples <paths...>', 'EvalPlus-style JSONL files or ENAMEL JSON sample files (one entrant each), or <model>/<task>/<n>.<ext> folders')
    .option('--strict', 'stop before running when a samples file has a bad line, unknown task or empty solution')
    .option('--name <names...>', 'entrant names for the sample files, in order (default: file name)')
    .option('--problems <ids>', 'comma-separated problem ids (default: all)', idList)
    .addOption(
      new Option('--language <lang>', 'language of samples that name none (and of the tiers entered when there are no samples)')
        .choices(['python', 'javascript', 'typescript'] as const)
        .default('python' as const),
    )
    .option('--by-language', 'split each entrant into one leaderboard row per language')
    .option('--meter <meter>', 'auto (perf, else valgrind, else time) | instructions (valgrind) | cycles (valgrind, fixed cache model) | perf | time', parseMeter, 'auto' as const)
    .option('--k <ks>', 'k values for pass@k and eff@k, e.g. 1,10', intList('--k'), [1])
    .option('--alpha <alpha>', 'timeout factor over the reference (ENAMEL alpha)', alphaValue, DEFAULT_CONFIG.alpha)
    .addOption(new Option('--scoring <mode>', 'level efficiency definition').choices(['default', 'enamel'] as const).default('default' as const))
    .option('--jobs <n>', 'parallel sandboxes (default: 2)', positiveInt('--jobs'))
    .option('--seed <n>', 'suite seed for generated inputs', seedValue, DEFAULT_CONFIG.suiteSeed)
    .option('--secret-seed-file <file>', "a leaderboard's secret suite seed, read from this file: inputs nobody can table in advance; results.json gets only its SHA-256")
    .option(
      '--repetitions <n>',
      'timed values per scored test of a reference (time meter: they set the scale of costs; samples are scored by their ratio in pairs with it)',
      positiveInt('--repetitions'),
      DEFAULT_CONFIG.repetitions,
    )
    .option('--memory-mb <n>', 'address-space limit of a candidate process, MiB', positiveInt('--memory-mb'), DEFAULT_CONFIG.memoryBytes / 2 ** 20)
    .option('--no-memory', 'skip the memory pass (allocation and RSS peaks of the measured tests)')
    .option('--suite <dir>', 'folder holding problems/ and reference-solutions/', PACKAGE_ROOT)
    .option('--no-tier-metrics', 'skip measuring the reference tiers (DPS, DPS_norm and Beyond are then absent)')
    .option('--bootstrap-seed <n>', 'seed of the bootstrap behind every interval', seedValue, DEFAULT_CONFIG.bootstrapSeed)
    .option('--resamples <n>', 'bootstrap resamples behind every interval', positiveInt('--resamples'), DEFAULT_CONFIG.bootstrapResamples)
    .option('--out <dir>', 'report folder (default: reports/<run-id>)')
    .option('--json', 'print results.json to stdout instead of the leaderboard')
    .option('--store <file>', 'results store: finished measurements are reused, so a re-run resumes', path.join('reports', 'brisk.sqlite'))
    .option('--no-store', 'measure everything and keep no store')
    .option('--check-agreement', 'instructions or cycles meter: also time every sample with a measured level and report how far the two meters rank the per-level ratios alike (Spearman)')
    .option('--queue <url>', 'send the measurements to `brisk worker`s through this Redis, redis://HOST:PORT (--jobs: jobs out at once, default 512)')
    .action(async (opts, cmd) => {
      const secret = opts.secretSeedFile === undefined ? undefined : readSecret(opts.secretSeedFile, cmd.getOptionValueSource('seed') === 'cli');
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const suite = path.resolve(opts.suite);
      const loaded = opts.samples ? loadEntrants(opts.samples, opts.name ?? [], listProblemIds(suite), opts.language, log, opts.strict, readSuiteInfo(suite)) : undefined;
      const runId = newRunId();
      const outDir = path.resolve(opts.out ?? path.join('reports', runId));
      // Found now, not after an hour of measuring.
      const unwritable = unwritableReason(outDir);
      if (unwritable) throw new (opts.out ? UsageError : Error)(`--out ${outDir}: ${unwritable}; choose another --out`);
      const started = Date.now();
      const store = opts.store === false ? undefined : SqliteStore.open(opts.store);
      store?.beginRun(runId, process.argv.slice(2));
      let queueStatus: (() => string) | undefined;
      const reporter = progressReporter({ extra: () => queueStatus?.() });
      const stopOnInterrupt = onInterrupt(() => {
        reporter.stop();
        store?.close();
        log(
          `\ninterrupted: ${store ? `finished measurements are kept in ${opts.store}; run the same command again to resume:\n  ${briskCommand(process.argv.slice(2))}` : 'nothing was kept (--no-store)'}`,
        );
      });
      const results = await evaluate({
        suite,
        problems: opts.problems,
        entrants: loaded?.entrants,
        tierLanguage: opts.language === 'python' ? 'python' : 'javascript',
        byLanguage: opts.byLanguage,
        meter: opts.meter,
        alpha: opts.alpha,
        scoring: opts.scoring,
        ks: opts.k,
        jobs: opts.jobs,
        queue: opts.queue ? { url: opts.queue, window: opts.jobs, status: (line) => (queueStatus = line) } : undefined,
        seed: secret === undefined ? opts.seed : undefined,
        secretSeed: secret,
        repetitions: opts.repetitions,
        memoryBytes: opts.memoryMb * 2 ** 20,
        tierMetrics: opts.tierMetrics,
        bootstrapSeed: opts.bootstrapSeed,
        bootstrapResamples: opts.resamples,
        memory: opts.memory,
        checkAgreement: opts.checkAgreement,
        runId,
        log,
        cache: store,
        progress: reporter.progress,
      })
        .catch((err: unknown) => {
          store?.discardRunIfEmpty(runId);
          throw err;
        })
        .finally(() => {
          stopOnInterrupt();
          reporter.stop();
        });
      results.warnings.unshift(...(loaded?.warnings ?? []));
      // Into the store first: a report folder that cannot be written loses nothing.
      store?.finishRun(runId, results);
      store?.close();
      let files: string[];
      try {
        files = [...writeReport(outDir, results), await writeHtml(outDir, results)];
      } catch (err) {
        const recover = store ? `; the results are in ${opts.store}: ${briskCommand(['report', runId, '--out', '<dir>'])} writes them elsewhere` : '';
        throw new Error(`${outDir}: cannot write the report: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}${recover}`);
      }
      for (const w of results.warnings) log(`warning: ${w}`);
      if (opts.json) {
        process.stdout.write(JSON.stringify(results, null, 2) + '\n');
        return;
      }
      const env = results.environment;
      process.stdout.write(`${renderText(leaderboardHeader(results), leaderboardRows(results))}\n`);
      process.stdout.write(`\nmeter: ${env.meter.name}; isolation: ${env.isolation.label}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      if (results.agreement) process.stdout.write(`${agreementLine(results.agreement)}\n`);
      process.stdout.write(`report: ${files.join(', ')}\n`);
    });
}

/** Ctrl-C (or a TERM) runs `cleanup` and exits 130; returns the function that removes the handler. */
function onInterrupt(cleanup: () => void): () => void {
  const handler = () => {
    cleanup();
    process.exit(EXIT.interrupted);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/**
 * The entrants of --samples. Problems in the files are reported by place; a file or folder
 * that gives no sample at all is one too (its entrant would be a silent row of zeros).
 * With --strict any problem stops the run before anything is measured.
 */
function loadEntrants(
  files: string[],
  names: string[],
  knownIds: string[],
  language: CandidateLanguage,
  log: (l: string) => void,
  strict = false,
  aliases?: SuiteInfo,
): { entrants: Entrant[]; warnings: string[] } {
  const known = new Set(knownIds);
  const loads = files.flatMap((f) =>
    (statSync(f, { throwIfNoEntry: false })?.isDirectory() ? readSamplesDir(f, known) : [readSamplesFile(f, known, undefined, language, aliases)]).map((load) => ({ file: f, load })),
  );
  if (names.length > 0 && names.length !== loads.length) {
    throw new UsageError(`--name: ${names.length} name(s) given for ${loads.length} entrant(s) in --samples`);
  }
  const errors = loads.flatMap((l) => l.load.errors);
  const empty = loads.filter((l) => l.load.problems.length === 0).map(({ file, load }) => emptyEntrant(file, load));
  for (const e of errors) log(`${strict ? 'error' : 'warning'}: ${e}`);
  for (const e of empty) log(`${strict ? 'error' : 'WARNING'}: ${e}`);
  if (strict && errors.length + empty.length > 0) {
    throw new Error(`--strict: ${errors.length + empty.length} problem(s) in the samples (listed above); nothing was run`);
  }
  const entrants = loads.map((l, i) => ({ ...l.load.entrant, name: names[i] ?? l.load.entrant.name }));
  const seen = new Set<string>();
  for (const e of entrants) {
    if (seen.has(e.name)) throw new UsageError(`--samples: two entrants are named "${e.name}"; give --name for each file`);
    seen.add(e.name);
  }
  return { entrants, warnings: empty };
}

function emptyEntrant(file: string, load: SamplesLoad): string {
  const why = load.errors.length > 0 ? `all ${load.errors.length} rejected (listed above)` : 'it holds none';
  return `${file}: no usable sample (${why}); entrant "${load.entrant.name}" scores 0 on every problem`;
}

/** The secret seed's text; never printed, and the file's path is all the store's command line keeps. */
function readSecret(file: string, seedGiven: boolean): string {
  if (seedGiven) throw new UsageError('--secret-seed-file: give either --seed or --secret-seed-file, not both');
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new UsageError(`--secret-seed-file ${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (text.length < 16)
    throw new UsageError(
      `--secret-seed-file ${file}: the secret is ${text.length} characters; use at least 16 random ones (e.g. openssl rand -hex 16), a short one can be guessed from its published hash`,
    );
  return text;
}
