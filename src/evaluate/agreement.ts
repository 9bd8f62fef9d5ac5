// `brisk run --check-agreement`: after a run with an instruction meter, every sample that
// survived it is timed again with the time meter, on the same problems, references and inputs,
// and each level's two ratios to the reference are compared (score/agreement.ts).
import { type Meter, TimeMeter } from '../measure/meter.ts';
import type { Problem } from '../problem/load.ts';
import type { Executor } from '../sandbox/executor.ts';
import { type Agreement, agreementSummary, type RatioRun } from '../score/agreement.ts';
import { UsageError } from '../errors.ts';
import { CachedMeasure, type MeasureEnvironment, meterKey, type ResultCache } from './cache.ts';
import { type EvalConfig, jobsFor } from './config.ts';
import { DirectMeasure } from './direct.ts';
import { type Entrant, evaluateRun, type Progress, type RunOutcome, timesJavaScript } from './run.ts';

export interface AgreementCheck extends Agreement {
  /** The run's deterministic meter: what the pairs' `instructions` ratios were counted in. */
  meter: 'instructions' | 'cycles';
  /** The second pass: samples timed, and its wall time. */
  timePass: { samples: number; seconds: number };
}

/**
 * Why `--check-agreement` cannot run with these options, before anything is measured; `chosen`
 * is the meter `--meter auto` picked, once known.
 */
export function agreementRefusal(opts: { meter?: string; queue?: boolean; chosen?: { name: string; reason: string } }): string | undefined {
  if (opts.queue) return '--check-agreement does not work with --queue: a worker serves one meter, so the time pass would need time workers of its own; run the check without --queue';
  if (opts.meter === 'time') return '--check-agreement compares a deterministic meter with time: use --meter instructions, cycles, perf or auto, not --meter time';
  if (opts.chosen && opts.chosen.name === 'time')
    return `--check-agreement needs a deterministic meter (instructions or cycles), and the run got ${opts.chosen.reason}; install valgrind or drop --check-agreement`;
  return undefined;
}

export function refuseAgreement(opts: Parameters<typeof agreementRefusal>[0]): void {
  const why = agreementRefusal(opts);
  if (why) throw new UsageError(why);
}

/** A sample of the run, and where it sits among its problem's samples there. */
type Kept = Map<string, number[]>;
const keyOf = (entrant: string, problem: string) => JSON.stringify([entrant, problem]);

/**
 * The samples with at least one level the count measured (a failed sample, or one censored from
 * its first scored level, has no ratio to pair with), and their indices in the run.
 */
export function survivors(entrants: readonly Entrant[], outcome: RunOutcome): { entrants: Entrant[]; kept: Kept } {
  const kept: Kept = new Map();
  const out = entrants.flatMap((e) => {
    const problems = outcome.entrants.find((x) => x.name === e.name)?.problems ?? [];
    const samples = new Map(
      problems.flatMap((p) => {
        const indices = p.samples.filter((s) => s.passed && s.levels.some((l) => l.ratio !== undefined)).map((s) => s.index);
        if (indices.length === 0) return [];
        kept.set(keyOf(e.name, p.id), indices);
        return [[p.id, indices.map((i) => e.samples.get(p.id)![i]!)] as const];
      }),
    );
    return samples.size > 0 ? [{ name: e.name, samples }] : [];
  });
  return { entrants: out, kept };
}

/** The time pass's outcome with each sample's index in the first run, so the two pair up. */
function inRunIndices(time: RunOutcome, kept: Kept): RatioRun {
  return {
    entrants: time.entrants.map((e) => ({
      name: e.name,
      problems: e.problems.map((p) => ({ id: p.id, samples: p.samples.map((s) => ({ ...s, index: kept.get(keyOf(e.name, p.id))![s.index]! })) })),
    })),
  };
}

export interface AgreementInput {
  problems: Problem[];
  entrants: Entrant[];
  /** The instruction meter's run of these problems and entrants. */
  outcome: RunOutcome;
  executor: Executor;
  cfg: EvalConfig;
  /** The results store and the run's environment: time results are stored under the time meter's key. */
  store?: { cache: ResultCache; env: MeasureEnvironment };
  progress?: Progress;
  log?: (line: string) => void;
  /** The time meter (tests give a mock). */
  meter?: Meter;
}

/**
 * Times the survivors as `brisk run --meter time` would (same store entries), and
 * compares. Returns the summary and the time pass's own warnings (a reference that failed there).
 */
export async function checkAgreement(input: AgreementInput): Promise<{ agreement: AgreementCheck; warnings: string[] }> {
  const started = Date.now();
  const meter = input.meter ?? new TimeMeter();
  const { entrants, kept } = survivors(input.entrants, input.outcome);
  const problems = input.problems.filter((p) => entrants.some((e) => e.samples.has(p.spec.id)));
  const samples = [...kept.values()].reduce((n, list) => n + list.length, 0);
  // Only the ratios are wanted: no reference tiers; k 1, since survivors may be fewer than k.
  const cfg: EvalConfig = { ...input.cfg, meter: meter.name, jobs: jobsFor(meter.name, undefined, { timesJavaScript: timesJavaScript(entrants) }).jobs, ks: [1], tierMetrics: false };
  input.log?.(`agreement check: timing the ${samples} sample(s) with a measured level, on ${problems.length} problem(s), with the time meter (--jobs ${cfg.jobs})`);
  const measuring = { executor: input.executor, meter, cfg };
  const store = input.store;
  const measurer = store ? new CachedMeasure(store.cache, { ...store.env, meter: meterKey(meter) }, measuring) : new DirectMeasure(measuring);
  const time = await evaluateRun(problems, entrants, measurer, input.progress);
  if (measurer instanceof CachedMeasure) input.log?.(`agreement check: store: ${measurer.reuseLine('timed sample(s)')}`);
  const warnings = time.references.flatMap((r) => (r.error ? [`agreement check: the time pass's ${r.language} reference of ${r.id} failed (${r.error}); its samples have no time ratio`] : []));
  const summary = agreementSummary(input.outcome, inRunIndices(time, kept));
  const counted = input.cfg.meter === 'cycles' ? 'cycles' : 'instructions';
  return { agreement: { ...summary, meter: counted, timePass: { samples, seconds: (Date.now() - started) / 1000 } }, warnings };
}
