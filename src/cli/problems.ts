// `brisk problems list | show | check`.
import path from 'node:path';
import { Command } from '@commander-js/extra-typings';
import { DEFAULT_CONFIG, type EvalConfig } from '../evaluate/config.ts';
import { checkProblem, type ProblemCheck } from '../evaluate/check.ts';
import { digestsFile, problemDigest, readDigests, writeDigests } from '../problem/digests.ts';
import { loadProblems, PACKAGE_ROOT, type Problem } from '../problem/load.ts';
import { formatType } from '../problem/types.ts';
import { formatBytes, renderChecks } from '../report/check-table.ts';
import { renderText } from '../report/leaderboard.ts';
import { runnerContext } from '../runner-context.ts';
import { languageList, parseMeter, positiveInt } from './options.ts';

function summary(p: Problem) {
  const s = p.spec;
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    category: s.category,
    tags: s.tags,
    signature: p.signature ? { params: p.signature.params.map((x) => ({ name: x.name, type: formatType(x.type) })), returns: formatType(p.signature.returns) } : undefined,
    entry: s.kind === 'function' ? s.entry : undefined,
  };
}

export function problemsCommand() {
  const cmd = new Command('problems').description('list, show and check the bundled problems');
  const suiteOpt = ['--suite <dir>', 'folder holding problems/ and reference-solutions/', PACKAGE_ROOT] as const;

  cmd
    .command('list')
    .description('one line per problem')
    .option(...suiteOpt)
    .option('--json', 'machine-readable output')
    .action(async (opts) => {
      const problems = await loadProblems(path.resolve(opts.suite));
      if (opts.json) return void process.stdout.write(JSON.stringify(problems.map(summary), null, 2) + '\n');
      const rows = problems.map((p) => [p.spec.id, p.spec.kind, p.spec.category, p.spec.tags.join(','), p.spec.title]);
      process.stdout.write(`${renderText(['id', 'kind', 'category', 'tags', 'title'], rows)}\n\n${problems.length} problems\n`);
    });

  cmd
    .command('show')
    .description('a problem in full')
    .argument('<id>')
    .option(...suiteOpt)
    .option('--json', 'machine-readable output')
    .action(async (id, opts) => {
      const [p] = await loadProblems(path.resolve(opts.suite), [id], 'problems show');
      const s = p!.spec;
      const info = {
        ...summary(p!),
        version: s.version,
        statement: s.statement.trim(),
        levels: s.levels,
        cases: s.cases.length,
        references: Object.fromEntries(Object.entries(p!.references).map(([lang, rs]) => [lang, rs.map((r) => r.tier)])),
      };
      if (opts.json) return void process.stdout.write(JSON.stringify(info, null, 2) + '\n');
      const sig = info.signature ? `${info.entry?.python}(${info.signature.params.map((x) => `${x.name}: ${x.type}`).join(', ')}) -> ${info.signature.returns}` : 'a program: stdin -> stdout';
      process.stdout.write(
        [
          `${s.id}: ${s.title}`,
          `kind ${s.kind}, ${s.category}; tags ${s.tags.join(', ') || '-'}; version ${s.version}`,
          `signature: ${sig}`,
          `levels: ${s.levels.map((l) => `${l.name} (weight ${l.weight}, ${l.cases} cases, size ${l.size})`).join('; ')}`,
          `hand-written cases: ${s.cases.length}; references: ${Object.entries(info.references)
            .map(([l, t]) => `${l} ${t.join('/')}`)
            .join('; ')}`,
          '',
          info.statement,
          '',
        ].join('\n'),
      );
    });

  cmd
    .command('check')
    .description('validate specs, run every reference tier on every level, check agreement and discrimination')
    .argument('[ids...]', 'problem ids, space- or comma-separated (default: the whole suite)')
    .option(...suiteOpt)
    .option('--meter <meter>', 'auto (perf, else valgrind, else time) | instructions (valgrind) | cycles (valgrind, fixed cache model) | perf | time', parseMeter, 'auto' as const)
    .option('--no-discrimination', 'only check specs and agreement (fast)')
    .option('--language <langs>', 'languages to check, e.g. python,javascript (default: every language with references)', languageList)
    .option('--jobs <n>', 'problems checked in parallel', positiveInt('--jobs'), 2)
    .option('--memory', "also run every tier's memory pass on the largest scored level: peaks and the naive/expert ratio")
    .option('--json', 'machine-readable output')
    .action(async (ids, opts) => {
      const log = (line: string) => process.stderr.write(`${line}\n`);
      // Commas too, as --problems takes them elsewhere.
      const wanted = (ids as string[]).flatMap((id) => id.split(',')).filter(Boolean);
      const problems = await loadProblems(path.resolve(opts.suite), wanted, 'problems check');
      const digests = readDigests(path.resolve(opts.suite));
      const ctx = await runnerContext(opts.meter, log);
      // The scored passes skip the memory pass; --memory runs one of its own per tier (largest level).
      const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: ctx.meter.meter.name, jobs: opts.jobs, memory: false };
      const { default: pLimit } = await import('p-limit');
      const limit = pLimit(opts.jobs);
      const checks: ProblemCheck[] = await Promise.all(
        problems.map((p) =>
          limit(async () => {
            const c = await checkProblem(p, ctx.executor, ctx.meter.meter, cfg, { discrimination: opts.discrimination, digests, languages: opts.language, memory: opts.memory });
            log(
              `${c.failures.length === 0 ? 'ok  ' : 'FAIL'} ${c.id}${c.failures.length ? `: ${c.failures.join('; ')}` : ''}${c.notes.length ? ` (note: ${c.notes.join('; ')})` : ''}${memoryLine(c)}`,
            );
            return c;
          }),
        ),
      );
      if (opts.json) process.stdout.write(JSON.stringify(checks, null, 2) + '\n');
      else process.stdout.write(renderChecks(checks, ctx.meter.meter.unit) + '\n');
      const failed = checks.filter((c) => c.failures.length > 0);
      if (failed.length > 0) {
        process.stderr.write(`${failed.length} of ${checks.length} problems failed the check\n`);
        process.exitCode = 1;
      } else process.stderr.write(`all ${checks.length} problems pass\n`);
    });
  cmd
    .command('digests')
    .description("print, or with --update record, the digest of every problem's generated inputs")
    .option(...suiteOpt)
    .option('--update', 'write problems/digests.json')
    .action(async (opts) => {
      const suite = path.resolve(opts.suite);
      const problems = await loadProblems(suite);
      const recorded = readDigests(suite);
      const now = Object.fromEntries(problems.map((p) => [p.spec.id, problemDigest(p, DEFAULT_CONFIG.suiteSeed)]));
      const rows = problems.map((p) => [p.spec.id, now[p.spec.id]!, recorded[p.spec.id] === now[p.spec.id] ? 'recorded' : recorded[p.spec.id] ? 'CHANGED' : 'new']);
      process.stdout.write(`${renderText(['problem', 'digest', 'state'], rows)}\n`);
      if (opts.update) {
        writeDigests(suite, now);
        process.stderr.write(`wrote ${digestsFile(suite)}\n`);
      }
    });
  return cmd;
}

/** The log line's memory part: each language's naive/expert peaks, or why a tier has none. */
function memoryLine(c: ProblemCheck): string {
  const parts = [
    ...Object.entries(c.memory ?? {}).map(([language, v]) => `${language} naive ${formatBytes(v.naivePeakBytes)} / expert ${formatBytes(v.expertPeakBytes)} = ${v.ratio.toFixed(1)}x`),
    ...c.tiers.flatMap((t) => (t.memoryError ? [`${t.language} ${t.tier}: ${t.memoryError}`] : [])),
  ];
  return parts.length ? ` (memory: ${parts.join('; ')})` : '';
}
