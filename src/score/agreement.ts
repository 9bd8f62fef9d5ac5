// Pure: how far two meters agree on one run (`brisk run --check-agreement`). Every (entrant,
// problem, sample, level) that both passes measured gives a pair of ratios to the reference,
// one by instruction count and one by time; Spearman's rank correlation over the pairs says
// whether the two meters rank the code alike, overall and per problem.
import { median, sampleRankCorrelation } from 'simple-statistics';

/** The slice of a run's outcome the check reads; evaluate/run.ts's RunOutcome fits it. */
export interface RatioRun {
  entrants: readonly {
    name: string;
    problems: readonly {
      id: string;
      samples: readonly { index: number; passed: boolean; levels: readonly { name: string; ratio?: number }[] }[];
    }[];
  }[];
}

/** One level of one sample, measured by both meters: its cost over the reference's, each way. */
export interface RatioPair {
  entrant: string;
  problem: string;
  sample: number;
  level: string;
  instructions: number;
  time: number;
}

export interface ProblemAgreement {
  id: string;
  /** Pairs of ratios on this problem. */
  n: number;
  /** Spearman's rho; absent below MIN_PAIRS pairs or when one meter's ratios are all equal. */
  spearman?: number;
  /** exp(median |ln(instructions / time)|): the factor the two ratios typically differ by (1: equal). */
  medianGap?: number;
}

export interface Disagreement extends ProblemAgreement {
  /** The pair whose two ratios differ by the largest factor. */
  worst: Omit<RatioPair, 'problem'>;
}

export interface Agreement {
  n: number;
  spearman?: number;
  medianGap?: number;
  /** Levels only one pass has a ratio for (censored, failed or not run in the other). */
  unpaired: { instructionsOnly: number; timeOnly: number };
  problems: ProblemAgreement[];
  /** The problems where the meters disagree most, worst first. */
  disagreements: Disagreement[];
  /** Every pair, in the run's order: enough to recompute every figure above. */
  pairs: RatioPair[];
}

/** Fewer pairs than this give no rank correlation worth the name. */
export const MIN_PAIRS = 3;
export const TOP_DISAGREEMENTS = 5;

export function agreementSummary(instructions: RatioRun, time: RatioRun): Agreement {
  const a = measuredRatios(instructions);
  const b = measuredRatios(time);
  const pairs: RatioPair[] = [];
  for (const [key, x] of a) {
    const y = b.get(key);
    if (y !== undefined) pairs.push({ ...x.at, instructions: x.ratio, time: y.ratio });
  }
  const ids = [...new Set(instructions.entrants.flatMap((e) => e.problems.map((p) => p.id)))];
  const problems = ids.map((id) => ({ id, ...correlation(pairs.filter((p) => p.problem === id)) }));
  return {
    ...correlation(pairs),
    unpaired: { instructionsOnly: a.size - pairs.length, timeOnly: b.size - pairs.length },
    problems,
    disagreements: worstProblems(problems, pairs),
    pairs,
  };
}

type Located = { at: Omit<RatioPair, 'instructions' | 'time'>; ratio: number };

/**
 * Every level a pass has a ratio for, by (entrant, problem, sample, level). A failed sample or
 * a censored level has none; a ratio that is not positive (a call at the meter's noise floor)
 * is no ratio either: its logarithm, and the factor between meters, would be meaningless.
 */
function measuredRatios(run: RatioRun): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const e of run.entrants) {
    for (const p of e.problems) {
      for (const s of p.samples) {
        if (!s.passed) continue;
        for (const l of s.levels) {
          if (l.ratio === undefined || !Number.isFinite(l.ratio) || l.ratio <= 0) continue;
          out.set(JSON.stringify([e.name, p.id, s.index, l.name]), { at: { entrant: e.name, problem: p.id, sample: s.index, level: l.name }, ratio: l.ratio });
        }
      }
    }
  }
  return out;
}

const logGap = (p: RatioPair) => Math.abs(Math.log(p.instructions / p.time));

function correlation(pairs: RatioPair[]): Omit<ProblemAgreement, 'id'> {
  const n = pairs.length;
  if (n === 0) return { n };
  const medianGap = Math.exp(median(pairs.map(logGap)));
  if (n < MIN_PAIRS) return { n, medianGap };
  // NaN when one side has no rank variance (all its ratios equal): no correlation to report.
  const rho = sampleRankCorrelation(
    pairs.map((p) => p.instructions),
    pairs.map((p) => p.time),
  );
  return Number.isNaN(rho) ? { n, medianGap } : { n, spearman: Math.min(1, Math.max(-1, rho)), medianGap };
}

/**
 * The larger median gap first (the factor by which a score from one meter would differ from the
 * other's), the lower Spearman among equals. Not Spearman first: with a problem's few samples a
 * rho below 1 mostly comes from near-equal ratios swapping (one tier's levels, the expert
 * against itself), which changes no score, and it hid a naive tier 5.5x the expert by count but
 * 2.4x by time (docs/measurement.md).
 */
function worstProblems(problems: ProblemAgreement[], pairs: RatioPair[]): Disagreement[] {
  return problems
    .filter((p) => p.n > 0)
    .sort((x, y) => (y.medianGap ?? 1) - (x.medianGap ?? 1) || (x.spearman ?? Infinity) - (y.spearman ?? Infinity))
    .slice(0, TOP_DISAGREEMENTS)
    .map((p) => {
      const own = pairs.filter((q) => q.problem === p.id);
      const { problem: _, ...worst } = own.reduce((w, q) => (logGap(q) > logGap(w) ? q : w));
      return { ...p, worst };
    });
}
