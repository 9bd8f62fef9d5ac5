// `brisk profile`: one solution (or two versions of it), measured against the problem's reference tiers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from '@commander-js/extra-typings';
import { DEFAULT_CONFIG, type EvalConfig } from '../evaluate/config.ts';
import { loadProblems, PACKAGE_ROOT } from '../problem/load.ts';
import { SandboxLineTracer } from '../profile/line-runner.ts';
import { profileSolution } from '../profile/profile.ts';
import { renderProfile } from '../profile/render.ts';
import { writeProfile } from '../profile/write.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { languageOf } from '../samples/extract.ts';
import { runnerContext } from '../runner-context.ts';
import { UsageError } from '../errors.ts';
import { entryHint } from '../profile/entry-hint.ts';
import { sourceProblem } from '../samples/source-check.ts';
import { intList, parseMeter } from './options.ts';

export function profileCommand() {
  return new Command('profile')
    .description('profile a solution: correctness, cost per level against each tier, complexity from a size sweep, and which lines grow; two files compare two versions')
    .argument('[files...]', 'one solution defining the entry function (.py, .js, .ts), or two versions of it to compare')
    .requiredOption('--problem <id>', 'the problem it solves')
    .option('--stdin-program <files...>', 'one or two whole programs (stdio problems) instead of [files...]')
    .option('--entry <name>', "the function to call, when it is not the problem's entry name")
    .option('--meter <meter>', 'auto (perf, else valgrind, else time) | instructions (valgrind) | cycles (valgrind, fixed cache model) | perf | time', parseMeter, 'auto' as const)
    .option('--sizes <ns>', 'sweep sizes, e.g. 100,200,400 (default: 8 geometric sizes up to the largest level)', intList('--sizes'))
    .option('--no-lines', 'skip the per-line counts (a traced run of every measured sweep test, per series)')
    .option('--suite <dir>', 'folder holding problems/ and reference-solutions/', PACKAGE_ROOT)
    .option('--out <dir>', 'where to write profile.json, .svg and .html (default: reports/profile-<problem>-<time>)')
    .action(async (files, opts) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      if (opts.stdinProgram && files.length > 0) throw new UsageError('profile: give either files or --stdin-program, not both');
      const targets = opts.stdinProgram ?? files;
      if (targets.length === 0) throw new UsageError('profile: give a solution file, or --stdin-program <file>');
      if (targets.length > 2) throw new UsageError(`profile: at most two versions to compare, got ${targets.length} files`);
      const versions = targets.map((target) => ({ target, ...readVersion(target) }));
      const [problem] = await loadProblems(path.resolve(opts.suite), [opts.problem], '--problem');
      const shown = targets.join(' ');
      if (opts.stdinProgram && problem!.spec.kind !== 'stdio') throw new UsageError(`--stdin-program: ${opts.problem} is a function problem; pass the file as an argument`);
      if (!opts.stdinProgram && problem!.spec.kind === 'stdio') throw new UsageError(`${opts.problem} is a stdio problem: use --stdin-program ${shown}`);
      const ctx = await runnerContext(opts.meter, log);
      // The profile reports costs only: no memory pass.
      const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: ctx.meter.meter.name, jobs: 1, censorFactor: 25, memory: false };
      const tracer = opts.lines ? new SandboxLineTracer(ctx.isolation, ctx.interpreter) : undefined;
      const [first, second] = versions;
      const labels = labelsOf(targets);
      const report = await profileSolution(
        problem!,
        first!.source,
        first!.language,
        { executor: ctx.executor, meter: ctx.meter.meter, cfg },
        { sizes: opts.sizes, entry: opts.entry, sweepFactor: 50, tracer },
        log,
        second ? { source: second.source, language: second.language, labels } : undefined,
      );
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const out = await writeProfile(path.resolve(opts.out ?? path.join('reports', `profile-${opts.problem}-${stamp}`)), report);
      process.stdout.write(`${renderProfile(report)}\n${out.svg ? `chart: ${out.svg}\n` : ''}numbers: ${out.json}\npage: ${out.html}\n`);
      const c = report.candidate;
      if (!c.passed) throw new Error(`${targets[0]} is not a correct solution of ${opts.problem} (${c.status}), so it has no costs to profile${entryHint(c.message, first!.source, first!.language)}`);
    });
}

function readVersion(target: string): { source: string; language: CandidateLanguage } {
  const language = languageOf(path.extname(target));
  if (!language) throw new UsageError(`${target}: unknown extension: use .py, .js or .ts`);
  let source: string;
  try {
    source = readFileSync(target, 'utf8');
  } catch (err) {
    throw new UsageError(`${target}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const uncompilable = sourceProblem(source);
  if (uncompilable) throw new Error(`${target}: compile_error: ${uncompilable}`);
  return { source, language };
}

/** Short names for two versions: their file names, or their paths when those are equal. */
function labelsOf(targets: string[]): [string, string] {
  const base = targets.map((t) => path.basename(t));
  return base[0] === base[1] ? [targets[0]!, targets[1] ?? ''] : [base[0]!, base[1] ?? ''];
}
