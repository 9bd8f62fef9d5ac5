// Orchestrates a run: references first (they set expected outputs, costs and time limits),
// then every entrant's samples, in a bounded pool of sandboxed workers.
import pLimit from 'p-limit';
import { LANGUAGES, type Language, type Problem } from '../problem/load.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import type { MemoryFigures } from '../measure/memory-figures.ts';
import { entrantFigures, metricCatalogue, type MetricInfo } from '../score/aggregate.ts';
import { bootstrapIntervals, type Interval } from '../score/bootstrap.ts';
import type { ReferenceFigures, ScoredSample } from '../score/metrics.ts';
import type { SampleResult } from './candidate.ts';
import { tieTolerance, type EvalConfig } from './config.ts';
import type { Measurer } from './measurer.ts';
import { ReferenceFailure, referenceLanguage, type ProblemReference } from './reference.ts';
import { tierCosts, tierSamples, type TierOutcome } from './tiers.ts';
import { UsageError } from '../errors.ts';
import { sourceProblem } from '../samples/source-check.ts';

export interface Sample {
  source: string;
  /** Where it came from, e.g. `model.jsonl:12`. */
  origin: string;
  language: CandidateLanguage;
}

export interface Entrant {
  name: string;
  /** Samples by problem id. */
  samples: Map<string, Sample[]>;
}

/** Whether a run times JavaScript (or TypeScript): some entrant has a sample in it. */
export function timesJavaScript(entrants: readonly Entrant[]): boolean {
  return entrants.some((e) => [...e.samples.values()].some((list) => list.some((s) => s.language !== 'python')));
}

export type Metrics = Record<string, number>;

export interface ProblemOutcome {
  id: string;
  n: number;
  correct: number;
  metrics: Metrics;
  samples: (SampleResult & { index: number; origin: string; language: CandidateLanguage })[];
}

export interface EntrantOutcome {
  name: string;
  summary: Metrics & { problems: number; samples: number };
  problems: ProblemOutcome[];
  /** Bootstrap 95% interval over problems of every metric in the summary. */
  intervals: Record<string, Interval>;
}

export interface ReferenceOutcome {
  id: string;
  language: Language;
  version: number;
  inputsDigest: string;
  tier?: string;
  levelCosts?: { name: string; weight: number; cost: number }[];
  error?: string;
  /** Sum of the expert's scored-test costs. */
  totalCost?: number;
  /** Every tier of the problem in this language, slow to fast (tier metrics on). */
  tiers?: TierOutcome[];
  memory?: MemoryFigures;
  memoryError?: string;
}

export interface RunOutcome {
  references: ReferenceOutcome[];
  entrants: EntrantOutcome[];
  warnings: string[];
  /** What each metric in the summaries means, its unit and direction. */
  metrics: Record<string, MetricInfo>;
}

/** Phases in order: the experts, then the other reference tiers (for DPS and Beyond), then the samples. */
export type Progress = (event: { kind: 'reference' | 'tier' | 'sample'; done: number; total: number; label: string; status?: string; cached?: boolean }) => void;

/** Fails before any work when some problem has fewer samples than the largest k. */
export function checkSampleCounts(problems: Problem[], entrants: Entrant[], ks: number[]): void {
  const k = Math.max(...ks);
  for (const e of entrants) {
    for (const p of problems) {
      const n = e.samples.get(p.spec.id)?.length ?? 0;
      if (n > 0 && n < k) {
        throw new UsageError(`--k ${k}: entrant "${e.name}" has only ${n} sample(s) for ${p.spec.id}; k must be <= n`);
      }
    }
  }
}

/**
 * The reference languages each problem needs: Python always (its expert defines the expected
 * outputs), JavaScript only where some entrant has a JavaScript or TypeScript sample for it.
 */
export function referenceLanguages(problems: Problem[], entrants: Entrant[]): Map<string, Language[]> {
  return new Map(
    problems.map((p) => {
      const needed = new Set<Language>(['python']);
      for (const e of entrants) for (const s of e.samples.get(p.spec.id) ?? []) needed.add(referenceLanguage(s.language));
      return [p.spec.id, LANGUAGES.filter((l) => needed.has(l))];
    }),
  );
}

export async function evaluateRun(
  problems: Problem[],
  entrants: Entrant[],
  /** Measures what the run needs: directly, or through the results store or a queue. */
  measure: Measurer,
  progress: Progress = () => {},
): Promise<RunOutcome> {
  const { cfg, meter } = measure.ctx;
  checkSampleCounts(problems, entrants, cfg.ks);
  const limit = pLimit(Math.max(1, cfg.jobs));
  const warnings: string[] = [];
  const refs = new Map<string, ProblemReference>();
  const languagesOf = referenceLanguages(problems, entrants);
  let done = 0;
  const total = [...languagesOf.values()].reduce((n, ls) => n + ls.length, 0);
  const references = (
    await Promise.all(
      problems.map((p) =>
        limit(async (): Promise<ReferenceOutcome[]> => {
          const outcomes: ReferenceOutcome[] = [];
          // Python's expert first: it defines the expected outputs every language must match.
          for (const language of languagesOf.get(p.spec.id)!) {
            const base = { id: p.spec.id, language, version: p.spec.version, inputsDigest: '' };
            const python = refs.get(refKey(p.spec.id, 'python'));
            if (language !== 'python' && !python) {
              progress({ kind: 'reference', done: ++done, total, label: `${p.spec.id} (${language})`, status: 'failed' });
              continue;
            }
            try {
              const expectedFrom = language === 'python' ? undefined : python;
              const { ref, cached } = await measure.reference(p, language, expectedFrom);
              refs.set(refKey(p.spec.id, language), ref);
              outcomes.push({ ...base, inputsDigest: ref.digest, tier: ref.tier, levelCosts: levelCosts(ref), totalCost: referenceTotal(ref), memory: ref.memory, memoryError: ref.memoryError });
              progress({ kind: 'reference', done: ++done, total, label: `${p.spec.id} (${language})`, cached });
            } catch (err) {
              if (!(err instanceof ReferenceFailure)) throw err;
              warnings.push(`${err.message}; the problem is left out of every ${language} score`);
              outcomes.push({ ...base, error: err.message });
              progress({ kind: 'reference', done: ++done, total, label: `${p.spec.id} (${language})`, status: 'failed' });
            }
          }
          return outcomes;
        }),
      ),
    )
  ).flat();
  const scoredProblems = problems.filter((p) => refs.has(refKey(p.spec.id, 'python')));
  // Work asked for twice in one run (a default run enters the tiers as samples too) is done
  // once; `cached` then says whether the first came from the store, not that it was shared.
  const memo = new Map<string, Promise<{ result: SampleResult; cached: boolean }>>();
  const evaluateOnce = (ref: ProblemReference, source: string, language: CandidateLanguage) => {
    const key = evalKey(ref.problem.spec.id, language, source);
    let work = memo.get(key);
    if (!work) {
      const rejected = rejectedBeforeRunning(ref, source);
      work = rejected ? Promise.resolve({ result: rejected, cached: false }) : measure.sample(ref, source, language);
      memo.set(key, work);
    }
    return work;
  };
  const tierUnits = cfg.tierMetrics
    ? tierSamples(
        scoredProblems,
        (id) => languagesOf.get(id)!,
        (id, l) => refs.has(refKey(id, l)),
      )
    : [];
  const tierResults = new Map<string, TierOutcome[]>();
  done = 0;
  await Promise.all(
    tierUnits.map((t) =>
      limit(async () => {
        const { result: r, cached } = await evaluateOnce(refs.get(refKey(t.p.spec.id, t.language))!, t.source, t.language);
        const list = tierResults.get(refKey(t.p.spec.id, t.language)) ?? [];
        list[t.order] = { tier: t.tier, status: r.status, passed: r.passed, totalCost: r.totalCost };
        tierResults.set(refKey(t.p.spec.id, t.language), list);
        if (!r.passed) warnings.push(`${t.p.spec.id}: the ${t.language} ${t.tier} tier ${r.status} against the expert (${r.message ?? ''}); DPS and Beyond leave it out`);
        progress({ kind: 'tier', done: ++done, total: tierUnits.length, label: `${t.tier} ${t.p.spec.id} (${t.language})`, status: r.status, cached });
      }),
    ),
  );
  const units = entrants.flatMap((e) => scoredProblems.flatMap((p) => (e.samples.get(p.spec.id) ?? []).map((s, index) => ({ e, p, s, index }))));
  const results = new Map<string, SampleResult>();
  done = 0;
  await Promise.all(
    units.map((u) =>
      limit(async () => {
        const ref = refs.get(refKey(u.p.spec.id, referenceLanguage(u.s.language)));
        const { result: r, cached } = ref
          ? await evaluateOnce(ref, u.s.source, u.s.language)
          : { result: unscorable(`no working ${referenceLanguage(u.s.language)} reference for ${u.p.spec.id}, so this ${u.s.language} sample cannot be scored`), cached: false };
        results.set(`${u.e.name}\0${u.p.spec.id}\0${u.index}`, r);
        progress({ kind: 'sample', done: ++done, total: units.length, label: `${u.e.name} ${u.p.spec.id} #${u.index}`, status: r.status, cached });
      }),
    ),
  );
  for (const r of references) {
    const tiers = tierResults.get(refKey(r.id, r.language));
    if (tiers) r.tiers = tiers;
  }
  const catalogue = metricCatalogue(cfg.ks, meter.unit, integralUnit(results.values()));
  const scoring: Scoring = { refs, tierResults, catalogue, tolerance: tieTolerance(cfg.meter) };
  const outcomes = entrants.map((e) => summarizeEntrant(e, scoredProblems, results, cfg, warnings, scoring));
  return { references, entrants: outcomes, warnings, metrics: catalogue };
}

/**
 * A source no interpreter can compile is the candidate's compile_error before any sandbox runs
 * (a NUL byte made Python's compile() raise ValueError, which read as Brisk's sandbox_error).
 */
function rejectedBeforeRunning(ref: ProblemReference, source: string): SampleResult | undefined {
  const problem = sourceProblem(source);
  if (!problem) return undefined;
  const levels = ref.problem.spec.levels.flatMap((l, li) => {
    if (li === 0) return [];
    const refCost = Math.max(...ref.tests.flatMap((t, i) => (t.level === li ? [ref.refCost.get(i)!] : [0])));
    return [{ name: l.name, weight: l.weight, refCost, efficiency: 0, censored: false }];
  });
  return { status: 'compile_error', passed: false, score: 0, message: problem, levels, wallMs: 0 };
}

const evalKey = (id: string, language: CandidateLanguage, source: string) => `${id}\0${language}\0${source}`;

function referenceTotal(ref: ProblemReference): number {
  return [...ref.refCost.values()].reduce((s, c) => s + c, 0);
}

function referenceFigures(ref: ProblemReference): ReferenceFigures {
  return { totalCost: referenceTotal(ref), memory: ref.memory };
}

function integralUnit(results: Iterable<SampleResult>): MemoryFigures['integralUnit'] {
  for (const r of results) if (r.memory?.integralUnit) return r.memory.integralUnit;
  return undefined;
}

interface Scoring {
  refs: Map<string, ProblemReference>;
  tierResults: Map<string, TierOutcome[]>;
  catalogue: Record<string, MetricInfo>;
  tolerance: number;
}

const refKey = (id: string, language: Language) => `${id}\0${language}`;

function unscorable(message: string): SampleResult {
  return { status: 'sandbox_error', passed: false, score: 0, message, levels: [], wallMs: 0 };
}

function levelCosts(ref: ProblemReference) {
  return ref.problem.spec.levels.flatMap((l, li) => {
    if (li === 0) return [];
    const cost = Math.max(...ref.tests.flatMap((t, i) => (t.level === li ? [ref.refCost.get(i)!] : [])));
    return [{ name: l.name, weight: l.weight, cost }];
  });
}

function summarizeEntrant(e: Entrant, problems: Problem[], results: Map<string, SampleResult>, cfg: EvalConfig, warnings: string[], scoring: Scoring): EntrantOutcome {
  const missing: string[] = [];
  const outcomes = problems.map((p): ProblemOutcome => {
    const samples = e.samples.get(p.spec.id) ?? [];
    if (samples.length === 0) missing.push(p.spec.id);
    const rs = samples.map((s, index) => ({ index, origin: s.origin, language: s.language, ...results.get(`${e.name}\0${p.spec.id}\0${index}`)! }));
    const n = rs.length;
    const correct = rs.filter((r) => r.passed).length;
    return { id: p.spec.id, n, correct, metrics: {}, samples: rs };
  });
  const scored = outcomes.map((o) =>
    o.samples.map((r): ScoredSample => {
      const key = refKey(o.id, referenceLanguage(r.language));
      const ref = scoring.refs.get(key);
      return { passed: r.passed, score: r.score, totalCost: r.totalCost, memory: r.memory, reference: ref && referenceFigures(ref), tiers: ref && tierCosts(scoring.tierResults.get(key)) };
    }),
  );
  const figures = entrantFigures(scored, { ks: cfg.ks, tolerance: scoring.tolerance }, scoring.catalogue);
  outcomes.forEach((o, i) => {
    o.metrics = figures.problems[i]!;
  });
  if (missing.length > 0) {
    warnings.push(`entrant "${e.name}" has no samples for ${missing.join(', ')}: they count as 0`);
  }
  const summary: EntrantOutcome['summary'] = { problems: outcomes.length, samples: outcomes.reduce((s, o) => s + o.n, 0), ...figures.summary };
  const intervals = bootstrapIntervals(figures.columns, { seed: cfg.bootstrapSeed, resamples: cfg.bootstrapResamples });
  return { name: e.name, summary, problems: outcomes, intervals };
}
