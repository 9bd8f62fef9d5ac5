// Paired timing (pure): a sample's runners alternate with its reference's in one call process,
// so whatever the machine does to one it does to the other, and only their ratio is estimated.
import { median } from 'simple-statistics';

/** Times at or below the empty call's are clamped here (ns): a call never costs less than this. */
export const TIME_FLOOR_NS = 1000;

/** Hodges-Lehmann estimate: the median of all pairwise (Walsh) averages, i <= j. */
export function hodgesLehmann(xs: readonly number[]): number {
  return hodgesLehmannWithInterval(xs).estimate;
}

/**
 * Distribution-free interval for the Hodges-Lehmann estimate (Wilcoxon signed-rank, normal
 * approximation of its critical value): the k-th smallest and k-th largest Walsh averages.
 */
export function hodgesLehmannInterval(xs: readonly number[], z = 1.96): [number, number] {
  return hodgesLehmannWithInterval(xs, z).interval;
}

/** Both from one sort of the Walsh averages. */
function hodgesLehmannWithInterval(xs: readonly number[], z = 1.96): { estimate: number; interval: [number, number] } {
  const w = walshAverages(xs).sort((a, b) => a - b);
  const n = xs.length;
  const m = w.length;
  const k = Math.max(1, Math.floor(m / 2 - z * Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24)));
  return { estimate: median(w), interval: [w[Math.min(k, m) - 1]!, w[Math.max(0, m - k)]!] };
}

function walshAverages(xs: readonly number[]): number[] {
  if (xs.length === 0) throw new Error('no paired values');
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) for (let j = i; j < xs.length; j++) out.push((xs[i]! + xs[j]!) / 2);
  return out;
}

/** The call path's own time: the median of the empty program's times (0 when none was taken). */
export function callOverhead(emptyNs: readonly (number | undefined)[]): number {
  const xs = emptyNs.filter((x): x is number => x !== undefined && x > 0);
  return xs.length === 0 ? 0 : median(xs);
}

/**
 * The least share of a call's time left after the call path's cost is taken off. The empty
 * program is timed once per call, unpaired, so its own noise (tens of us under load) would
 * otherwise decide the net time of calls not much longer than it.
 */
export const MIN_NET_SHARE = 0.25;

/** A time with the call path's cost taken off, never below MIN_NET_SHARE of it or the floor. */
export function netTime(ns: number, overheadNs: number): number {
  return Math.max(TIME_FLOOR_NS, ns - overheadNs, ns * MIN_NET_SHARE);
}

/**
 * Per-pair ratio samples of a test, candidate over reference: 1 + (a - b) / the reference's net
 * time (its median less the call path's cost). Differences of paired times carry the least
 * noise: the call path's cost and the machine's state fall on both runners alike and cancel,
 * where a ratio of net times would divide by the noise of a short call. A pair with a zero time
 * (a runner's clock that could not be read) is left out.
 */
export function pairedRatios(candidate: readonly number[], reference: readonly number[], overheadNs: number): number[] {
  if (candidate.length !== reference.length) throw new Error('paired times of unequal length');
  const ok = candidate.flatMap((a, k) => (a > 0 && reference[k]! > 0 ? [[a, reference[k]!] as const] : []));
  if (ok.length === 0) return [];
  const refNet = netTime(median(ok.map(([, b]) => b)), overheadNs);
  return ok.map(([a, b]) => 1 + (a - b) / refNet);
}

/**
 * Sequential pairs: whether a test's pairs so far pin its ratio down, i.e. the 95% interval of
 * its paired ratios is no wider than `halfWidth` of the estimate on either side. Short calls
 * are mostly the fork's noise and need many pairs; long ones settle at the first round.
 */
export function pairsSettled(candidate: readonly number[], reference: readonly number[], overheadNs: number, halfWidth: number): boolean {
  const ratios = pairedRatios(candidate, reference, overheadNs);
  if (ratios.length < 2) return false;
  const {
    estimate,
    interval: [lo, hi],
  } = hodgesLehmannWithInterval(ratios);
  return (hi - lo) / 2 <= halfWidth * Math.max(estimate, MIN_RATIO);
}

/**
 * Pairs a material set-up charge waits for. A set-up (the program and the warm-up call) can be
 * milliseconds where the call is microseconds (a module imported in every runner: hashlib is
 * 4-5 ms, +-1 ms): with 4 pairs the interval's lower end is the lowest of 4 noisy differences,
 * above 0 one time in 16, and that noise, charged to a 20 us call, read an expert 2.1x itself.
 * So a charge that would move a test's time by more than SETUP_MATERIAL_SHARE waits for this
 * many pairs (setupUndecided), where the lower end is no longer a single difference. (Not a
 * stricter confidence there: at 99%, 7 or 8 pairs need every difference positive, and a sample
 * that kept its warm-up's table in only 7 runners of 8 was charged nothing and read 0x.)
 */
export const SETUP_CHARGE_MIN_PAIRS = 7;
/** A charge above this share of the reference's net call time is material (see above). */
export const SETUP_MATERIAL_SHARE = 0.1;

/**
 * What a sample's runners spend before their timed call (its program, and the warm-up call on
 * a small input) beyond the reference's, less its own excess per call (a slower algorithm is
 * slower on the warm-up input too, and is charged for that already): charged to each timed
 * call, so nothing done once and used by later calls (a precomputed table, an import) is free.
 * The lower end of the paired differences' 95% interval, so noise alone charges little; below
 * SETUP_CHARGE_MIN_PAIRS pairs only an immaterial charge is left, since a material one took
 * more pairs (setupUndecided).
 */
export function setupCharge(candidate: readonly number[], reference: readonly number[], setup: readonly number[], pairSetup: readonly number[]): number {
  const ok = candidate.flatMap((a, k) => (a > 0 && reference[k]! > 0 && setup[k] !== undefined && pairSetup[k] !== undefined ? [k] : []));
  if (ok.length === 0) return 0;
  const [lo] = hodgesLehmannInterval(ok.map((k) => setup[k]! - pairSetup[k]!));
  const perCall = median(ok.map((k) => candidate[k]! - reference[k]!));
  return Math.max(0, lo - Math.max(0, perCall));
}

/**
 * Whether a test has too few pairs to decide a set-up charge that would matter: one above
 * SETUP_MATERIAL_SHARE of the reference's net call time, from fewer than SETUP_CHARGE_MIN_PAIRS
 * pairs. Such a test takes more pairs: a sample that moved work into its warm-up gets them and
 * its charge; noise that happened to fall one way mostly does not hold.
 */
export function setupUndecided(candidate: readonly number[], reference: readonly number[], setup: readonly number[], pairSetup: readonly number[], overheadNs: number): boolean {
  const refRead = reference.filter((b, k) => b > 0 && candidate[k]! > 0);
  if (refRead.length === 0 || refRead.length >= SETUP_CHARGE_MIN_PAIRS) return false;
  return setupCharge(candidate, reference, setup, pairSetup) > SETUP_MATERIAL_SHARE * netTime(median(refRead), overheadNs);
}

export interface LevelRatio {
  /** The level's time ratio, candidate over reference. */
  ratio: number;
  /** 95% interval of that ratio. */
  interval: [number, number];
  /** Which estimate decided: all the level's pairs pooled, or one test provably slower. */
  from: 'pooled' | { test: number };
}

/**
 * One level's ratio from its tests' paired ratio samples. Its tests are of one size, so the
 * pairs are pooled (Hodges-Lehmann over all of them); a test whose own interval lies wholly
 * above the pooled estimate is slower beyond noise, and its lower bound is taken instead, so a
 * sample slow on one input of the level is not averaged away (ENAMEL takes the level's slowest
 * test). Ratios are kept above a small floor: noise can push a short call's samples below 0.
 */
export function levelRatio(tests: ReadonlyMap<number, readonly number[]>): LevelRatio {
  const clamp = (x: number) => Math.max(MIN_RATIO, x);
  const {
    estimate,
    interval: [lo, hi],
  } = hodgesLehmannWithInterval([...tests.values()].flat());
  let best: LevelRatio = { ratio: clamp(estimate), interval: [clamp(lo), clamp(hi)], from: 'pooled' };
  for (const [test, xs] of tests) {
    if (xs.length < 2) continue;
    const [tlo, thi] = hodgesLehmannInterval(xs);
    if (tlo > best.ratio) best = { ratio: clamp(tlo), interval: [clamp(tlo), clamp(thi)], from: { test } };
  }
  return best;
}

/** The smallest ratio a level can have (1/1000 of the reference's time). */
export const MIN_RATIO = 1e-3;
