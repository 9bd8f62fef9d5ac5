// The field's metrics for one problem's samples (pure). Definitions: docs/metrics.md.
// Each metric is returned as a part (a, b) of a ratio of sums over problems, so the entrant
// figure and every bootstrap resample are one formula: sum(a) / sum(b) (exp of it for a
// geometric mean). A problem the metric leaves out has b = 0.
import type { MemoryFigures } from '../measure/memory-figures.ts';
import { effAtK, passAtK } from './estimators.ts';

/** The reference a sample is measured against: the expert's totals; absent when it failed. */
export interface ReferenceFigures {
  totalCost: number;
  memory?: MemoryFigures;
}

/** A reference tier's total cost; absent when it was censored (slower than the censoring limit). */
export interface TierCost {
  tier: string;
  totalCost?: number;
}

export interface ScoredSample {
  /** Pass credit: correct everywhere it ran (a timeout on a scored level keeps it). */
  passed: boolean;
  score: number;
  /** Sum of the scored tests' costs; absent when a level was censored. */
  totalCost?: number;
  memory?: MemoryFigures;
  reference?: ReferenceFigures;
  /** The problem's reference tiers in the sample's reference language, slow to fast. */
  tiers?: TierCost[];
}

export type Aggregate = 'mean' | 'geomean' | 'pooled';

export interface Part {
  a: number;
  b: number;
}

export interface MetricOptions {
  ks: number[];
  /** Relative tie tolerance of cost comparisons (the meter's noise floor). */
  tolerance: number;
}

const EXCLUDED: Part = { a: 0, b: 0 };
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const valueOrExcluded = (xs: number[]): Part => (xs.length === 0 ? EXCLUDED : { a: mean(xs), b: 1 });

/** Correct and fully measured against a working reference: the samples ratio metrics use. */
function solved(samples: readonly ScoredSample[]) {
  return samples.flatMap((s) =>
    s.passed && s.totalCost !== undefined && s.totalCost > 0 && s.reference && s.reference.totalCost > 0
      ? [{ c: s.totalCost, ref: s.reference.totalCost, mem: s.memory, refMem: s.reference.memory }]
      : [],
  );
}

/**
 * A sample's tier standing (EvalPerf DPS, Mercury Beyond). A censored tier is slower than the
 * censoring limit, so every measured sample beats it; its cost is unknown, so it drops out of
 * Beyond's range. A failed or censored sample scores 0 on all three (it cannot be shown to match).
 */
export function tierStanding(s: ScoredSample, tolerance: number): { dps: number; dpsNorm: number; beyond: number } {
  const tiers = s.tiers ?? [];
  const c = s.totalCost;
  if (!s.passed || c === undefined || tiers.length === 0) return { dps: 0, dpsNorm: 0, beyond: 0 };
  const matches = tiers.map((t) => t.totalCost === undefined || c <= t.totalCost * (1 + tolerance));
  const m = tiers.length;
  const fastest = matches.lastIndexOf(true);
  const measured = tiers.flatMap((t) => (t.totalCost === undefined ? [] : [t.totalCost]));
  let beyond: number;
  if (measured.length === 0) beyond = 1;
  else {
    const max = Math.max(...measured);
    const min = Math.min(...measured);
    beyond = max === min ? (c <= max * (1 + tolerance) ? 1 : 0) : Math.min(1, Math.max(0, (max - c) / (max - min)));
  }
  return { dps: (100 * matches.filter(Boolean).length) / m, dpsNorm: fastest < 0 ? 0 : (100 * (fastest + 1)) / m, beyond };
}

/** Every metric's part for one problem; `unit` names the meter's cost unit for ET. */
export function problemParts(samples: readonly ScoredSample[], opts: MetricOptions): Map<string, Part> {
  const parts = new Map<string, Part>();
  const n = samples.length;
  const correct = samples.filter((s) => s.passed).length;
  const hasReference = n === 0 || samples.some((s) => s.reference);
  for (const k of opts.ks) {
    parts.set(`pass@${k}`, { a: n === 0 ? 0 : passAtK(n, correct, k), b: 1 });
    parts.set(`eff@${k}`, {
      a:
        n === 0
          ? 0
          : effAtK(
              samples.map((s) => s.score),
              k,
            ),
      b: 1,
    });
    // A problem whose reference failed is left out, never a free win.
    const efficient = samples.filter((s) => s.passed && s.totalCost !== undefined && s.reference && s.totalCost <= s.reference.totalCost * (1 + opts.tolerance)).length;
    parts.set(`efficient@${k}`, hasReference ? { a: n === 0 ? 0 : passAtK(n, efficient, k), b: 1 } : EXCLUDED);
  }
  const ok = solved(samples);
  parts.set('speedup', valueOrExcluded(ok.map((s) => Math.log(s.ref / s.c))));
  parts.set('speedup_pooled', ok.length === 0 ? EXCLUDED : { a: sum(ok.map((s) => s.ref)), b: sum(ok.map((s) => s.c)) });
  parts.set('ET', valueOrExcluded(ok.map((s) => s.c)));
  parts.set('NET', valueOrExcluded(ok.map((s) => s.c / s.ref)));
  parts.set('NET_pooled', ok.length === 0 ? EXCLUDED : { a: sum(ok.map((s) => s.c)), b: sum(ok.map((s) => s.ref)) });

  const peak = ok.flatMap((s) => (s.mem && s.refMem && s.mem.peakBytes > 0 && s.refMem.peakBytes > 0 ? [{ x: s.mem.peakBytes, ref: s.refMem.peakBytes }] : []));
  const integral = ok.flatMap((s) => (s.mem?.integral && s.refMem?.integral && s.mem.integralUnit === s.refMem.integralUnit ? [{ x: s.mem.integral, ref: s.refMem.integral }] : []));
  for (const [name, xs] of [
    ['MU', peak],
    ['TMU', integral],
  ] as const) {
    parts.set(name, valueOrExcluded(xs.map((s) => s.x)));
    parts.set(`N${name}`, valueOrExcluded(xs.map((s) => s.x / s.ref)));
    parts.set(`N${name}_pooled`, xs.length === 0 ? EXCLUDED : { a: sum(xs.map((s) => s.x)), b: sum(xs.map((s) => s.ref)) });
  }

  // Tier metrics count over all problems with tiers, failures 0.
  const withTiers = samples.filter((s) => s.tiers && s.tiers.length > 0);
  const standing = samples.map((s) => tierStanding(s, opts.tolerance));
  for (const [name, pick] of [
    ['DPS', 'dps'],
    ['DPS_norm', 'dpsNorm'],
    ['Beyond', 'beyond'],
  ] as const) {
    parts.set(name, withTiers.length === 0 ? EXCLUDED : { a: mean(standing.map((x) => x[pick])), b: 1 });
  }
  return parts;
}
