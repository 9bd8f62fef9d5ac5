// Every threshold of an evaluation, in one place (evalplus keeps its thresholds together too).
import { availableParallelism } from 'node:os';
import type { MeterName } from '../measure/meter.ts';
import type { ScoringMode } from '../score/efficiency.ts';

export interface EvalConfig {
  meter: MeterName;
  alpha: number;
  scoring: ScoringMode;
  ks: number[];
  suiteSeed: number;
  /**
   * Timed values per scored test of a reference (time meter). One by default: a reference's
   * time sets only the scale of costs and the limits' base; every score is a paired ratio.
   */
  repetitions: number;
  /** One timed value spans at least this many ns (calls are batched below it). */
  minBatchNs: number;
  /** Native pass: a scored call is stopped past censorFactor * alpha * the reference's time. */
  censorFactor: number;
  /** Address-space limit of a native run, bytes. */
  memoryBytes: number;
  jobs: number;
  /** Measure every reference tier of each problem for DPS and Beyond (`--no-tier-metrics` turns it off). */
  tierMetrics: boolean;
  /** Seed and resample count of the bootstrap over problems behind every interval. */
  bootstrapSeed: number;
  bootstrapResamples: number;
  /** Run the memory pass (allocation and RSS peaks) after the meter's pass. */
  memory: boolean;
}

export const DEFAULT_CONFIG: Omit<EvalConfig, 'meter' | 'jobs'> = {
  alpha: 2,
  scoring: 'default',
  ks: [1],
  suiteSeed: 20261129,
  repetitions: 1,
  minBatchNs: 1_000_000,
  censorFactor: 3,
  memoryBytes: 2 * 1024 ** 3,
  tierMetrics: true,
  bootstrapSeed: 20261129,
  bootstrapResamples: 10_000,
  memory: true,
};

/**
 * Relative tie tolerance of cost comparisons (efficient@k, DPS, Beyond): the meter's noise
 * floor. Callgrind counts are bit-identical for Python and move ~1e-7 for node, so 1e-4 only
 * absorbs that; timings on this machine vary 1-18% (CV), so 5% is the smallest tie worth
 * calling one (a sample within 5% of the reference is as fast as it, not slower).
 */
export function tieTolerance(meter: MeterName): number {
  return meter === 'time' ? 0.05 : 1e-4;
}

/** Correctness-level tests judge correctness, not speed: max(4 s, 4x the reference) as EvalPlus. */
export function correctnessLimitMs(refNs: number): number {
  return Math.max(4000, (4 * refNs) / 1e6);
}

/**
 * Scored tests are right-censored: a call slower than censorFactor * alpha times the
 * reference's, plus 2 ms for cold-call blips (GC, first imports), scores 0 on that level and
 * every later one whatever the meter, so it is stopped there and the costly meter pass skips
 * it. The limit is the runner's CPU time, and a runner stopped at it is tried twice more: on a
 * VM, time the host steals is charged to whichever task was running.
 */
export function censorNs(refNs: number, cfg: Pick<EvalConfig, 'alpha' | 'censorFactor'>): number {
  return cfg.censorFactor * cfg.alpha * refNs + 2e6;
}

/**
 * The censoring is decided by the meter's cost: a count (deterministic, so load cannot move it)
 * or a paired time (its whole interval past the limit, so noise cannot). The native pass only
 * stops calls this many times past the time limit, far enough that a call stopped there would
 * have been censored by its cost too.
 */
export const CENSOR_GUARD = 3;

/**
 * Added to that native stop: a short call's CPU time can lie far above its count's worth (a
 * fresh runner pays about 5 us per page fault on a VM, and load inflates CPU time), and there
 * the stop, not the count, would decide which test censors (seen beside two CPU hogs: a naive
 * tier stopped on small-1 instead of counted past the limit on small-2). 50 ms of native CPU
 * costs little, and the count then decides.
 */
export const CENSOR_GUARD_SLACK_NS = 50e6;

/** A scored test is censored past censorFactor * alpha times the reference's cost. */
export function censorCost(refCost: number, cfg: Pick<EvalConfig, 'alpha' | 'censorFactor'>): number {
  return cfg.censorFactor * cfg.alpha * refCost;
}

/**
 * Paired timing is sequential: a scored test gets PAIRS_FIRST pairs, then PAIRS_STEP more at a
 * time until its ratio's 95% interval is within pairsHalfWidth of the estimate, or MAX_PAIRS.
 * A long call settles at once; a short one (mostly the fork's noise) takes more rounds.
 */
export const PAIRS_FIRST = 4;
export const PAIRS_STEP = 4;
export const MAX_PAIRS = 24;
const ONE_CALL_MIN_PAIRS = 7;
/** A reference call this long (ns) gets the fewest pairs; half as long, twice as many. */
const PAIRS_FULL_NS = 500_000;
/**
 * JavaScript pairs all come from one call process, as many as the reference's time asks for
 * (7 x 0.5 ms / its time, 7 to MAX_PAIRS), never in rounds: a node runner's time moves in bursts
 * with its place in the call process (the first, every third, runs of five: 150-300 us against
 * 140 us on a 140 us call), and rounds that each start at the first place put those bursts on
 * the same side of a short round every time (experts read 1.7x themselves). Over 12 places or
 * more ABBA spreads them evenly.
 */
export function oneCallPairs(refNs: number): number {
  return Math.min(MAX_PAIRS, Math.max(ONE_CALL_MIN_PAIRS, Math.ceil((ONE_CALL_MIN_PAIRS * PAIRS_FULL_NS) / Math.max(refNs, 1000))));
}

/** A job's timed tests that also time the empty program (the call path's cost, a median over them). */
export const EMPTY_CALLS = 4;
/** The half-width a level's pooled ratio interval is aimed at (relative to the ratio) where its ratio moves its efficiency fully. */
export const LEVEL_HALF_WIDTH = 0.1;

/**
 * One test's target half-width: a level pools its tests' pairs, so each of its k tests may be
 * sqrt(k) times as wide as the level's target. The target is the level's efficiency: a level
 * whose ratio moves the score less (`sensitivity` below 1, see ratioSensitivity: in ENAMEL
 * mode a level whose reference costs a small share of the limit T) may be as much wider.
 */
export function pairsHalfWidth(testsInLevel: number, sensitivity = 1): number {
  return (LEVEL_HALF_WIDTH * Math.sqrt(Math.max(1, testsInLevel))) / Math.min(1, Math.max(sensitivity, 1e-6));
}

/** The wall-clock kill of a scored call only catches the hopeless (endless loops, sleeps). */
export function scoredLimitMs(refNs: number, cfg: Pick<EvalConfig, 'alpha' | 'censorFactor'>): number {
  return Math.max(1000, (2 * cfg.censorFactor * cfg.alpha * refNs) / 1e6);
}

/** A counted call under callgrind runs 20-100x slower than natively; this is only a safety net. */
export function countedLimitMs(nativeNs: number): number {
  return Math.max(60_000, (300 * nativeNs) / 1e6);
}

/**
 * Parallel measurements: 2 by default. Paired timing puts a sample's runners and its
 * reference's in one call process, so a neighbouring job slows both alike: on ENAMEL's problems
 * --jobs 2 was as precise as --jobs 1 (docs/measurement.md). Not for JavaScript: a node runner's
 * time bursts when another job runs beside it (an expert read 1.78x itself at 2 jobs, within 5%
 * at 1), so a timed run with JavaScript in it takes one job unless told otherwise. More timed
 * jobs than cores would time-slice the runners, hence the warning.
 */
export function jobsFor(meter: MeterName, requested: number | undefined, opts: { timesJavaScript?: boolean; cores?: number } = {}): { jobs: number; warning?: string } {
  const cores = opts.cores ?? availableParallelism();
  const timed = meter === 'time';
  const jobs = requested ?? (timed && opts.timesJavaScript ? 1 : 2);
  const warning =
    timed && jobs > cores
      ? `warning: --jobs ${jobs} with the time meter on ${cores} core(s): timed runners would share cores; use --jobs ${cores} or fewer for numbers you publish`
      : timed && jobs > 1 && opts.timesJavaScript
        ? `warning: --jobs ${jobs} with the time meter and JavaScript samples: node runners' times burst beside another job; use --jobs 1 for numbers you publish`
        : undefined;
  return { jobs, warning };
}
