// The programmatic face of `brisk run`: evaluate entrants on a suite and get results.json's object.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CachedMeasure, type MeasureEnvironment, MemoryCache, type ResultCache } from './evaluate/cache.ts';
import { DEFAULT_CONFIG, type EvalConfig, jobsFor } from './evaluate/config.ts';
import { DirectMeasure } from './evaluate/direct.ts';
import { checkAgreement, refuseAgreement } from './evaluate/agreement.ts';
import { checkSampleCounts, evaluateRun, type Entrant, type Progress, type Sample, timesJavaScript } from './evaluate/run.ts';
import type { MeterRequest } from './measure/select.ts';
import { loadProblems, PACKAGE_ROOT, type Language, type Problem } from './problem/load.ts';
import { secretSeed } from './problem/secret-seed.ts';
import { UsageError } from './errors.ts';
import { buildResults } from './report/results.ts';
import type { Results } from './report/schema.ts';
import { newRunId } from './report/write.ts';
import type { ScoringMode } from './score/efficiency.ts';
import { briskVersion, measureEnvironment, meterCounter, runnerContext } from './runner-context.ts';

export interface EvaluateOptions {
  /** Folder with problems/ and reference-solutions/ (default: the bundled suite). */
  suite?: string;
  problems?: string[];
  /** Entrants and their samples by problem id; default: the reference tiers naive, standard, expert. */
  entrants?: Entrant[];
  /** Language of the reference tiers entered when `entrants` is absent. */
  tierLanguage?: Language;
  /** Split every entrant with samples in several languages into one entrant per language. */
  byLanguage?: boolean;
  meter?: MeterRequest;
  alpha?: number;
  scoring?: ScoringMode;
  ks?: number[];
  jobs?: number;
  seed?: number;
  /** A secret suite seed (a leaderboard's): results.json gets only its hash. Excludes `seed`. */
  secretSeed?: string;
  repetitions?: number;
  memoryBytes?: number;
  /** Measure every reference tier for DPS and Beyond (default true). */
  tierMetrics?: boolean;
  bootstrapSeed?: number;
  bootstrapResamples?: number;
  /** The memory pass after the meter's (default true). */
  memory?: boolean;
  runId?: string;
  progress?: Progress;
  /** Results store: finished measurements are reused, new ones written as they complete. */
  cache?: ResultCache;
  /** Receives warnings and the meter choice, one line each. */
  log?: (line: string) => void;
  /**
   * Measure on queue workers (`brisk worker`) instead of here: `url` of their Redis, `window`
   * jobs out at once, `status` receives a function giving the per-worker throughput line.
   */
  queue?: { url: string; window?: number; status?: (line: () => string) => void };
  /**
   * After the run (an instruction meter's), time every sample with a measured level again and
   * report how far the two meters' per-level ratios agree: results.json `agreement`.
   */
  checkAgreement?: boolean;
}

/** Jobs a queue run keeps in Redis at once (each is a few KiB). */
const QUEUE_WINDOW = 512;

export async function evaluate(opts: EvaluateOptions = {}): Promise<Results> {
  const log = opts.log ?? (() => {});
  const suite = path.resolve(opts.suite ?? PACKAGE_ROOT);
  const problems = await loadProblems(suite, opts.problems);
  let entrants = opts.entrants ?? tierEntrants(problems, opts.tierLanguage ?? 'python');
  if (opts.byLanguage) entrants = entrants.flatMap(splitByLanguage);
  // A k no entrant can meet is a usage error: said before any sandbox or meter probe starts.
  checkSampleCounts(problems, entrants, opts.ks ?? DEFAULT_CONFIG.ks);
  if (opts.secretSeed !== undefined && opts.seed !== undefined) throw new UsageError('give either a seed or a secret seed, not both');
  const secret = opts.secretSeed === undefined ? undefined : secretSeed(opts.secretSeed);
  if (opts.checkAgreement) refuseAgreement({ meter: opts.meter, queue: opts.queue !== undefined });
  const ctx = await runnerContext(opts.meter ?? 'auto', log);
  if (opts.checkAgreement) refuseAgreement({ chosen: { name: ctx.meter.meter.name, reason: ctx.meter.reason } });
  const { jobs, warning } = opts.queue ? { jobs: opts.queue.window ?? QUEUE_WINDOW, warning: undefined } : jobsFor(ctx.meter.meter.name, opts.jobs, { timesJavaScript: timesJavaScript(entrants) });
  if (warning) log(warning);
  const cfg: EvalConfig = {
    ...DEFAULT_CONFIG,
    meter: ctx.meter.meter.name,
    alpha: opts.alpha ?? DEFAULT_CONFIG.alpha,
    scoring: opts.scoring ?? DEFAULT_CONFIG.scoring,
    ks: opts.ks ?? DEFAULT_CONFIG.ks,
    suiteSeed: secret?.seed ?? opts.seed ?? DEFAULT_CONFIG.suiteSeed,
    repetitions: opts.repetitions ?? DEFAULT_CONFIG.repetitions,
    memoryBytes: opts.memoryBytes ?? DEFAULT_CONFIG.memoryBytes,
    tierMetrics: opts.tierMetrics ?? DEFAULT_CONFIG.tierMetrics,
    bootstrapSeed: opts.bootstrapSeed ?? DEFAULT_CONFIG.bootstrapSeed,
    bootstrapResamples: opts.bootstrapResamples ?? DEFAULT_CONFIG.bootstrapResamples,
    memory: opts.memory ?? DEFAULT_CONFIG.memory,
    jobs,
  };
  const env = measureEnvironment(ctx);
  const runId = opts.runId ?? newRunId();
  const remote = opts.queue && (await openQueue(opts.queue, runId, env, meterCounter(ctx.meter), log));
  // A queue run keeps its results somewhere even with no store: that is how they arrive.
  const store = opts.cache ?? (remote ? new MemoryCache() : undefined);
  const measuring = { executor: ctx.executor, meter: ctx.meter.meter, cfg };
  const cache = store && new CachedMeasure(store, env, measuring, remote);
  const outcome = await evaluateRun(problems, entrants, cache ?? new DirectMeasure(measuring), opts.progress).finally(() => remote?.close());
  const where = remote?.summary();
  if (where) outcome.warnings.push(...where.warnings);
  if (cache) log(`store: ${cache.reuseLine()}`);
  const check = opts.checkAgreement
    ? await checkAgreement({ problems, entrants, outcome, executor: ctx.executor, cfg, store: store && { cache: store, env }, progress: opts.progress, log })
    : undefined;
  if (check) outcome.warnings.push(...check.warnings);
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
      ...(secret ? { seedHash: secret.hash } : {}),
    },
    outcome,
    check?.agreement,
  );
  if (remote && where) {
    results.environment.workers = where.workers;
    for (const r of results.references) r.measuredBy = remote.referenceWorkers.get(`${r.id}\0${r.language}`);
  }
  return results;
}

async function openQueue(q: NonNullable<EvaluateOptions['queue']>, runId: string, env: MeasureEnvironment, counter: ReturnType<typeof meterCounter>, log: (line: string) => void) {
  // Loaded only here: a local run needs neither BullMQ nor Redis.
  const { QueueCoordinator } = await import('./queue/coordinator.ts');
  const coordinator = await QueueCoordinator.open({ url: q.url, runId, env, counter, log });
  q.status?.(() => coordinator.statusLine());
  return coordinator;
}

/** With no samples, the reference tiers compete, so a new user sees a leaderboard at once. */
export function tierEntrants(problems: Problem[], language: Language = 'python'): Entrant[] {
  // Imported suites have only the expert: a tier no problem has is not entered.
  const tiers = ['naive', 'standard', 'expert'].filter((tier) => problems.some((p) => p.references[language]?.some((r) => r.tier === tier)));
  return tiers.map((tier) => ({
    name: language === 'python' ? tier : `${tier}-${language}`,
    samples: new Map(
      problems.flatMap((p) => {
        const ref = p.references[language]?.find((r) => r.tier === tier);
        const sample = ref && { source: readFileSync(ref.file, 'utf8'), origin: path.relative(PACKAGE_ROOT, ref.file), language };
        return sample ? [[p.spec.id, [sample]] as const] : [];
      }),
    ),
  }));
}

/** `model` with Python and JavaScript samples becomes `model [python]` and `model [javascript]`. */
export function splitByLanguage(e: Entrant): Entrant[] {
  const byLang = new Map<string, Map<string, Sample[]>>();
  for (const [id, list] of e.samples) {
    for (const s of list) {
      const m = byLang.get(s.language) ?? new Map<string, Sample[]>();
      m.set(id, [...(m.get(id) ?? []), s]);
      byLang.set(s.language, m);
    }
  }
  if (byLang.size <= 1) return [e];
  return [...byLang].map(([lang, samples]) => ({ name: `${e.name} [${lang}]`, samples }));
}
