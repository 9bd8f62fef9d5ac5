// `brisk profile`: one solution (or two versions of one) against a problem's reference tiers:
// correctness with the first difference, per-level cost against each tier, a size sweep with
// fitted complexity classes, and per-line counts with each line's growth.
import { readFileSync } from 'node:fs';
import { canonical } from '../problem/codec.ts';
import type { Language, Problem } from '../problem/load.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { evaluateSample, type LevelResult, type SampleResult } from '../evaluate/candidate.ts';
import type { Measuring } from '../evaluate/context.ts';
import { measureReference, referenceLanguage, type ProblemReference } from '../evaluate/reference.ts';
import { compareVersions, type Comparison } from './compare.ts';
import { fitComplexity, geometricSizes, type FitResult } from './fit.ts';
import type { LineTracer } from './line-runner.ts';
import { profileLines } from './line-sweep.ts';
import type { LineProfile } from './lines.ts';
import { runSweep, runTests, sweepTests, type SweepPoint, type SweepRun, type SweepTests } from './sweep.ts';
import { lineVerdict, verdict } from './verdict.ts';

export interface TierComparison {
  tier: string;
  levels: { name: string; tierCost?: number; candidateCost?: number; ratio?: number }[];
}

export interface Curve {
  who: string;
  points: SweepPoint[];
  fit?: FitResult;
  failure?: string;
  /** The series' source and its per-line profile (absent with --no-lines). */
  source?: string;
  lines?: LineProfile;
}

export type CandidateResult = SampleResult & { failingInput?: string };

export interface ProfileReport {
  problem: string;
  language: CandidateLanguage;
  meter: string;
  unit: string;
  candidate: CandidateResult;
  tiers: TierComparison[];
  curves: Curve[];
  verdict: string;
  /** The line that dominates the candidate's growth, beside the expert's hottest line. */
  lineVerdict?: string;
  /** With a second version: it against the first. */
  comparison?: Comparison;
}

export interface ProfileOptions {
  sizes?: number[];
  entry?: string;
  /** Sweep censoring: a point past this many times the expert's time is dropped. */
  sweepFactor: number;
  /** Counts lines over the sweep when given (after, and outside, every measured pass). */
  tracer?: LineTracer;
}

interface Env {
  problem: Problem;
  ctx: Measuring;
  opts: ProfileOptions;
  log: (line: string) => void;
}

interface Version {
  source: string;
  language: CandidateLanguage;
}

export async function profileSolution(
  problem: Problem,
  source: string,
  language: CandidateLanguage,
  ctx: Measuring,
  opts: ProfileOptions,
  log: (line: string) => void = () => {},
  second?: Version & { labels: [string, string] },
): Promise<ProfileReport> {
  const { meter, cfg } = ctx;
  const env: Env = { problem, ctx, opts, log };
  const refLang = referenceLanguage(language);
  if (second && referenceLanguage(second.language) !== refLang) throw new Error('profile: the two versions must be in one language family (Python, or JavaScript/TypeScript)');
  log('measuring the reference');
  let ref: ProblemReference = await measureReference(ctx, problem, 'python');
  if (refLang !== 'python') ref = await measureReference(ctx, problem, refLang, ref);
  log('checking and measuring the candidate on every level');
  const candidate = await check(env, ref, { source, language });
  const other = second ? await check(env, ref, second) : undefined;
  // A wrong candidate has no costs to compare: stop before the tiers and the sweep (30-200 s).
  if (!candidate.passed) return { problem: problem.spec.id, language, meter: meter.name, unit: meter.unit, candidate, tiers: [], curves: [], verdict: verdict(candidate, []) };
  const tiers = await tierLevels(env, ref, refLang);
  const compared = (mine: CandidateResult): TierComparison[] =>
    tiers.map((t) => ({
      tier: t.tier,
      levels: t.levels.map((l, k) => {
        const c = mine.levels[k]?.cost;
        return { name: l.name, tierCost: l.cost, candidateCost: c, ratio: c !== undefined && l.cost !== undefined ? c / l.cost : undefined };
      }),
    }));
  const largest = Math.max(...problem.spec.levels.map((l) => l.size));
  const sizes = opts.sizes ?? geometricSizes(Math.max(1, Math.round(largest / 64)), Math.max(largest, 8), 8);
  const sweep = sweepTests(problem, sizes, cfg.suiteSeed);
  log(`size sweep over n = ${sizes.join(', ')}`);
  const expertTier = problem.references[refLang]!.at(-1)!;
  const expertSource = readFileSync(expertTier.file, 'utf8');
  const expert = await runSweep(ctx, problem, sweep, expertSource, refLang, { factor: 1 });
  const base = { expected: expert.outputs, baseNs: expert.ns, factor: opts.sweepFactor };
  const sweepOf = async (who: string, v: Version, result: CandidateResult | undefined, entry?: string): Promise<Curve | undefined> => {
    if (result?.status === 'compile_error') return undefined;
    const run = who === expertTier.tier ? expert : await runSweep(ctx, problem, sweep, v.source, v.language, { ...base, entry });
    return curve(env, who, sweep, run, v, entry);
  };
  const curves: Curve[] = [];
  const mine = await sweepOf('candidate', { source, language }, candidate, opts.entry);
  if (mine) curves.push(mine);
  const theirs = second ? await sweepOf('other', second, other, opts.entry) : undefined;
  if (theirs) curves.push(theirs);
  for (const tier of problem.references[refLang] ?? []) {
    const c = await sweepOf(tier.tier, { source: tier.tier === expertTier.tier ? expertSource : readFileSync(tier.file, 'utf8'), language: refLang }, undefined);
    if (c) curves.push(c);
  }
  const report: ProfileReport = {
    problem: problem.spec.id,
    language,
    meter: meter.name,
    unit: meter.unit,
    candidate,
    tiers: compared(candidate),
    curves,
    verdict: verdict(candidate, curves),
  };
  const lv = lineVerdict(mine?.lines, curves.find((c) => c.who === 'expert')?.lines, meter.unit);
  if (lv) report.lineVerdict = lv;
  if (second && other) {
    log('per-test costs of both versions, for the per-level ratios');
    const [a, b] = [await levelTestCosts(env, ref, { source, language }), await levelTestCosts(env, ref, second)];
    report.comparison = compareVersions({
      labels: second.labels,
      tests: ref.tests,
      levels: problem.spec.levels,
      a: { result: candidate, costs: a, curve: mine },
      b: { result: other, costs: b, curve: theirs },
      cfg,
    });
  }
  return report;
}

async function check(env: Env, ref: ProblemReference, v: Version): Promise<CandidateResult> {
  const result: CandidateResult = await evaluateSample(env.ctx, ref, v.source, v.language, env.opts.entry);
  if (result.test && !result.passed) {
    const t = ref.tests.find((x) => x.id === result.test);
    if (t) result.failingInput = truncate(t.stdin ?? t.args!.map((a) => canonical(a)).join(', '), 300);
  }
  return result;
}

async function tierLevels(env: Env, ref: ProblemReference, refLang: Language): Promise<{ tier: string; levels: LevelResult[] }[]> {
  const out: { tier: string; levels: LevelResult[] }[] = [];
  for (const tier of env.problem.references[refLang] ?? []) {
    env.log(`measuring the ${tier.tier} tier`);
    const r = await evaluateSample(env.ctx, ref, readFileSync(tier.file, 'utf8'), refLang);
    out.push({ tier: tier.tier, levels: r.levels });
  }
  return out;
}

async function curve(env: Env, who: string, sweep: SweepTests, run: SweepRun, v: Version, entry?: string): Promise<Curve> {
  const ok = run.points.filter((p) => p.cost !== undefined);
  const fit =
    ok.length >= 3
      ? fitComplexity(
          ok.map((p) => p.n),
          ok.map((p) => p.cost!),
        )
      : undefined;
  const c: Curve = { who, points: run.points, fit, failure: run.failure };
  if (env.opts.tracer) {
    const started = Date.now();
    const lines = await profileLines(env.problem, sweep, run, v.source, v.language, env.opts.tracer, { entry, memoryBytes: env.ctx.cfg.memoryBytes, unit: env.ctx.meter.unit });
    const name = who === 'other' ? 'the second version' : who === 'candidate' ? 'the candidate' : `the ${who} tier`;
    env.log(`counted lines of ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    Object.assign(c, { source: v.source, ...(lines ? { lines } : {}) });
  }
  return c;
}

/** Every scored test's cost (the same meter job as the level pass, so callgrind reuses it). */
async function levelTestCosts(env: Env, ref: ProblemReference, v: Version): Promise<(number | undefined)[]> {
  const scored = ref.tests.flatMap((t, i) => (t.level > 0 ? [i] : []));
  const run = await runTests(env.ctx, env.problem, ref.tests, v.source, v.language, {
    expected: ref.expected,
    baseNs: ref.refNs,
    factor: env.opts.sweepFactor,
    entry: env.opts.entry,
    scored,
  });
  return run.testCosts;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 3)}...`;
}
