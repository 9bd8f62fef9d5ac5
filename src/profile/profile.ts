// `brisk profile`: one solution against a problem's reference tiers: correctness with the first
// difference, per-level cost against each tier, and a size sweep with fitted complexity classes.
import { readFileSync } from 'node:fs';
import { canonical } from '../problem/codec.ts';
import type { Problem } from '../problem/load.ts';
import type { Meter } from '../measure/meter.ts';
import type { CandidateLanguage, Executor } from '../sandbox/executor.ts';
import { evaluateSample, type SampleResult } from '../evaluate/candidate.ts';
import type { EvalConfig } from '../evaluate/config.ts';
import { measureReference, referenceLanguage, type ProblemReference } from '../evaluate/reference.ts';
import { fitComplexity, geometricSizes, type FitResult } from './fit.ts';
import { runSweep, sweepTests, type SweepPoint } from './sweep.ts';

export interface TierComparison {
  tier: string;
  levels: { name: string; tierCost?: number; candidateCost?: number; ratio?: number }[];
}

export interface Curve {
  who: string;
  points: SweepPoint[];
  fit?: FitResult;
  failure?: string;
}

export interface ProfileReport {
  problem: string;
  language: CandidateLanguage;
  meter: string;
  unit: string;
  candidate: SampleResult & { failingInput?: string };
  tiers: TierComparison[];
  curves: Curve[];
  verdict: string;
}

export interface ProfileOptions {
  sizes?: number[];
  entry?: string;
  /** Sweep censoring: a point past this many times the expert's time is dropped. */
  sweepFactor: number;
}

export async function profileSolution(
  problem: Problem,
  source: string,
  language: CandidateLanguage,
  executor: Executor,
  meter: Meter,
  cfg: EvalConfig,
  opts: ProfileOptions,
  log: (line: string) => void = () => {},
): Promise<ProfileReport> {
  const refLang = referenceLanguage(language);
  log('measuring the reference');
  let ref: ProblemReference = await measureReference(problem, executor, meter, cfg, 'python');
  if (refLang !== 'python') ref = await measureReference(problem, executor, meter, cfg, refLang, ref);
  const entry = opts.entry;
  log('checking and measuring the candidate on every level');
  const candidate: ProfileReport['candidate'] = await evaluateSample(ref, source, executor, meter, cfg, language, entry);
  if (candidate.test && !candidate.passed) {
    const t = ref.tests.find((x) => x.id === candidate.test);
    if (t) candidate.failingInput = truncate(t.stdin ?? t.args!.map((a) => canonical(a)).join(', '), 300);
  }
  // A wrong candidate has no costs to compare: stop before the tiers and the sweep (30-200 s).
  if (!candidate.passed) return { problem: problem.spec.id, language, meter: meter.name, unit: meter.unit, candidate, tiers: [], curves: [], verdict: verdict(candidate, []) };
  const tiers: TierComparison[] = [];
  for (const tier of problem.references[refLang] ?? []) {
    log(`measuring the ${tier.tier} tier`);
    const r = await evaluateSample(ref, readFileSync(tier.file, 'utf8'), executor, meter, cfg, refLang);
    tiers.push({
      tier: tier.tier,
      levels: r.levels.map((l, k) => {
        const c = candidate.levels[k]?.cost;
        return { name: l.name, tierCost: l.cost, candidateCost: c, ratio: c !== undefined && l.cost !== undefined ? c / l.cost : undefined };
      }),
    });
  }
  const largest = Math.max(...problem.spec.levels.map((l) => l.size));
  const sizes = opts.sizes ?? geometricSizes(Math.max(1, Math.round(largest / 64)), Math.max(largest, 8), 8);
  const sweep = sweepTests(problem, sizes, cfg.suiteSeed);
  log(`size sweep over n = ${sizes.join(', ')}`);
  const expertTier = problem.references[refLang]!.at(-1)!;
  const expert = await runSweep(problem, sweep, readFileSync(expertTier.file, 'utf8'), refLang, executor, meter, cfg, { factor: 1 });
  const curves: Curve[] = [];
  const withFit = (who: string, points: SweepPoint[], failure?: string): Curve => {
    const ok = points.filter((p) => p.cost !== undefined);
    const fit =
      ok.length >= 3
        ? fitComplexity(
            ok.map((p) => p.n),
            ok.map((p) => p.cost!),
          )
        : undefined;
    return { who, points, fit, failure };
  };
  const base = { expected: expert.outputs, baseNs: expert.ns, factor: opts.sweepFactor };
  const cand = candidate.status === 'compile_error' ? undefined : await runSweep(problem, sweep, source, language, executor, meter, cfg, { ...base, entry });
  if (cand) curves.push(withFit('candidate', cand.points, cand.failure));
  for (const tier of problem.references[refLang] ?? []) {
    if (tier.tier === expertTier.tier) continue;
    const r = await runSweep(problem, sweep, readFileSync(tier.file, 'utf8'), refLang, executor, meter, cfg, base);
    curves.push(withFit(tier.tier, r.points, r.failure));
  }
  curves.push(withFit(expertTier.tier, expert.points, expert.failure));
  return { problem: problem.spec.id, language, meter: meter.name, unit: meter.unit, candidate, tiers, curves, verdict: verdict(candidate, curves) };
}

export function verdict(candidate: SampleResult, curves: Curve[]): string {
  if (!candidate.passed) return `incorrect: ${candidate.status}${candidate.test ? ` on ${candidate.test}` : ''}${candidate.message ? ` (${candidate.message})` : ''}`;
  const mine = curves.find((c) => c.who === 'candidate');
  const expert = curves.find((c) => c.who === 'expert');
  if (!mine || !expert) return 'correct; no size sweep';
  const both = mine.points.filter((p, k) => p.cost !== undefined && expert.points[k]?.cost !== undefined);
  const parts: string[] = [];
  if (both.length > 0) {
    const last = both[both.length - 1]!;
    const ratio = last.cost! / expert.points.find((p) => p.n === last.n)!.cost!;
    parts.push(
      ratio >= 1.05
        ? `about ${fmtRatio(ratio)}x slower than the expert at n=${last.n}`
        : ratio <= 0.95
          ? `about ${fmtRatio(1 / ratio)}x faster than the expert at n=${last.n}`
          : `on par with the expert at n=${last.n}`,
    );
  }
  const censored = mine.points.filter((p) => p.cost === undefined).map((p) => p.n);
  if (censored.length > 0) parts.push(`too slow to measure from n=${censored[0]} on`);
  if (mine.fit && expert.fit) {
    parts.push(mine.fit.best.name === expert.fit.best.name ? `grows as ${mine.fit.best.name}, like the expert` : `grows as ${mine.fit.best.name} where the expert grows as ${expert.fit.best.name}`);
  }
  return parts.join('; ') || 'correct';
}

function fmtRatio(r: number): string {
  return r >= 10 ? r.toFixed(0) : r.toFixed(1);
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 3)}...`;
}
