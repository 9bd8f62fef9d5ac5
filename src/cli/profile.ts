// `brisk profile`: one solution, measured against the problem's reference tiers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from '@commander-js/extra-typings';
import { DEFAULT_CONFIG, type EvalConfig } from '../evaluate/config.ts';
import { loadProblems, PACKAGE_ROOT } from '../problem/load.ts';
import { profileSolution, type ProfileReport } from '../profile/profile.ts';
import { writeProfile } from '../profile/write.ts';
import { renderText } from '../report/leaderboard.ts';
import { languageOf } from '../samples/extract.ts';
import { runnerContext } from '../runner-context.ts';
import { UsageError } from '../errors.ts';
import { entryHint } from '../profile/entry-hint.ts';
import { sourceProblem } from '../samples/source-check.ts';
import { intList, parseMeter } from './options.ts';

export function profileCommand() {
  return new Command('profile')
    .description('profile one solution: correctness, cost per level against each tier, complexity from a size sweep')
    .argument('[file]', 'a solution defining the entry function (.py, .js, .ts)')
    .requiredOption('--problem <id>', 'the problem it solves')
    .option('--stdin-program <file>', 'a whole program (stdio problems) instead of [file]')
    .option('--entry <name>', "the function to call, when it is not the problem's entry name")
    .option('--meter <meter>', 'auto (perf, else callgrind, else time) | instructions (callgrind) | perf | time', parseMeter, 'auto' as const)
    .option('--sizes <ns>', 'sweep sizes, e.g. 100,200,400 (default: 8 geometric sizes up to the largest level)', intList('--sizes'))
    .option('--suite <dir>', 'folder holding problems/ and reference-solutions/', PACKAGE_ROOT)
    .option('--out <dir>', 'where to write profile.json, .svg and .html (default: reports/profile-<problem>-<time>)')
    .action(async (file, opts) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      const target = opts.stdinProgram ?? file;
      if (!target) throw new UsageError('profile: give a solution file, or --stdin-program <file>');
      if (opts.stdinProgram && file) throw new UsageError('profile: give either a file or --stdin-program, not both');
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
      const [problem] = await loadProblems(path.resolve(opts.suite), [opts.problem], '--problem');
      if (opts.stdinProgram && problem!.spec.kind !== 'stdio') throw new UsageError(`--stdin-program: ${opts.problem} is a function problem; pass the file as [file]`);
      if (!opts.stdinProgram && problem!.spec.kind === 'stdio') throw new UsageError(`${opts.problem} is a stdio problem: use --stdin-program ${target}`);
      const ctx = await runnerContext(opts.meter, log);
      // The profile reports costs only: no memory pass.
      const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: ctx.meter.meter.name, jobs: 1, censorFactor: 25, memory: false };
      const report = await profileSolution(problem!, source, language, ctx.executor, ctx.meter.meter, cfg, { sizes: opts.sizes, entry: opts.entry, sweepFactor: 50 }, log);
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const files = await writeProfile(path.resolve(opts.out ?? path.join('reports', `profile-${opts.problem}-${stamp}`)), report);
      process.stdout.write(`${renderProfile(report)}\n${files.svg ? `chart: ${files.svg}\n` : ''}numbers: ${files.json}\npage: ${files.html}\n`);
      const c = report.candidate;
      if (!c.passed) throw new Error(`${target} is not a correct solution of ${opts.problem} (${c.status}), so it has no costs to profile${entryHint(c.message, source, language)}`);
    });
}

export function renderProfile(r: ProfileReport): string {
  const c = r.candidate;
  const lines = [`${r.problem} (${r.language}), meter ${r.meter}`, ''];
  lines.push(`correctness: ${c.passed ? 'all tests pass' : `${c.status}${c.test ? ` on ${c.test}` : ''}`}${c.message && !c.passed ? `\n  ${c.message}` : ''}`);
  if (c.failingInput) lines.push(`  input: ${c.failingInput}`);
  if (c.passed) lines.push(`efficiency score against the expert: ${c.score.toFixed(3)}`);
  lines.push('');
  const levelNames = r.tiers[0]?.levels.map((l) => l.name) ?? [];
  const rows = r.tiers.map((t) => [t.tier, ...t.levels.map((l) => (l.ratio === undefined ? '-' : `${l.ratio.toFixed(2)}x`))]);
  if (rows.length > 0) lines.push('candidate cost / tier cost, per level:', renderText(['tier', ...levelNames], rows), '');
  const fits = r.curves.map((cv) => [cv.who, cv.fit?.best.name ?? '-', cv.fit ? `${(cv.fit.best.relError * 100).toFixed(1)}%` : '-', cv.fit ? cv.fit.logLogSlope.toFixed(2) : '-', cv.failure ?? '']);
  if (fits.length > 0) lines.push('size sweep:', renderText(['series', 'class', 'fit error', 'log-log slope', 'note'], fits), '');
  lines.push(`verdict: ${r.verdict}`);
  return lines.join('\n');
}
