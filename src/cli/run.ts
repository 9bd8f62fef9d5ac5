// `brisk run`: evaluate entrants (sample files, or the reference tiers) on the bundled problems.
import path from 'node:path';
import { Command, Option } from '@commander-js/extra-typings';
import { evaluate } from '../api.ts';
import { DEFAULT_CONFIG } from '../evaluate/config.ts';
import type { Entrant } from '../evaluate/run.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { listProblemIds, PACKAGE_ROOT } from '../problem/load.ts';
import { leaderboardHeader, leaderboardRows, renderText } from '../report/leaderboard.ts';
import { newRunId, writeReport } from '../report/write.ts';
import { readSamplesFile } from '../samples/jsonl.ts';
import { readSuiteInfo, type SuiteInfo } from '../import/suite-info.ts';
import { parseMeter } from './context.ts';
import { alphaValue, idList, intList, positiveInt, seedValue } from './options.ts';

export function runCommand() {
  return new Command('run')
    .description('evaluate samples (or, with no --samples, the reference tiers) and write a report')
    .option('--samples <files...>', 'EvalPlus-style JSONL files or ENAMEL JSON sample files, one entrant per file')
    .option('--name <names...>', 'entrant names for the sample files, in order (default: file name)')
    .option('--problems <ids>', 'comma-separated problem ids (default: all)', idList)
    .addOption(
      new Option('--language <lang>', 'language of samples that name none (and of the tiers entered when there are no samples)')
        .choices(['python', 'javascript', 'typescript'] as const)
        .default('python' as const),
    )
    .option('--by-language', 'split each entrant into one leaderboard row per language')
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
      const entrants = opts.samples ? loadEntrants(opts.samples, opts.name ?? [], listProblemIds(suite), opts.language, log, readSuiteInfo(suite)) : undefined;
      const runId = newRunId();
      const started = Date.now();
      const results = await evaluate({
        suite,
        problems: opts.problems,
        entrants,
        tierLanguage: opts.language === 'python' ? 'python' : 'javascript',
        byLanguage: opts.byLanguage,
        meter: opts.meter,
        alpha: opts.alpha,
        scoring: opts.scoring,
        ks: opts.k,
        jobs: opts.jobs,
        seed: opts.seed,
        repetitions: opts.repetitions,
        memoryBytes: opts.memoryMb * 2 ** 20,
        runId,
        log,
        progress: (ev) => {
          if (ev.kind === 'reference' || ev.done === ev.total || ev.done % 10 === 0 || (ev.status && ev.status !== 'passed')) {
            log(`[${ev.kind} ${ev.done}/${ev.total}] ${ev.label}${ev.status ? ` ${ev.status}` : ''}`);
          }
        },
      });
      const files = writeReport(path.resolve(opts.out ?? path.join('reports', runId)), results);
      for (const w of results.warnings) log(`warning: ${w}`);
      if (opts.json) {
        process.stdout.write(JSON.stringify(results, null, 2) + '\n');
        return;
      }
      const env = results.environment;
      process.stdout.write(`${renderText(leaderboardHeader(results), leaderboardRows(results))}\n`);
      process.stdout.write(`\nmeter: ${env.meter.name}; isolation: ${env.isolation.label}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      process.stdout.write(`report: ${files.join(', ')}\n`);
    });
}

function loadEntrants(
  files: string[],
  names: string[],
  knownIds: string[],
  language: CandidateLanguage,
  log: (l: string) => void,
  aliases?: SuiteInfo,
): Entrant[] {
  if (names.length > 0 && names.length !== files.length) {
    throw new Error(`--name: ${names.length} name(s) given for ${files.length} sample file(s)`);
  }
  const known = new Set(knownIds);
  const entrants = files.map((f, i) => {
    const load = readSamplesFile(f, known, names[i], language, aliases);
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
