// Orchestrates a run: references first (they set expected outputs, costs and time limits),
// then every entrant's samples, in a bounded pool of sandboxed workers.
import pLimit from 'p-limit';
import { LANGUAGES, type Language, type Problem } from '../problem/load.ts';
import type { Meter } from '../measure/meter.ts';
import type { CandidateLanguage, Executor } from '../sandbox/executor.ts';
import { effAtK, passAtK } from '../score/estimators.ts';
import { evaluateSample, type SampleResult } from './candidate.ts';
import type { EvalConfig } from './config.ts';
import type { CachedMeasure } from './cache.ts';
import { measureReference, ReferenceError, referenceLanguage, type ProblemReference } from './reference.ts';

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
}

export interface ReferenceOutcome {
  id: string;
  language: Language;
  version: number;
  inputsDigest: string;
  tier?: string;
  levelCosts?: { name: string; weight: number; cost: number }[];
  error?: string;
}

export interface RunOutcome {
  references: ReferenceOutcome[];
  entrants: EntrantOutcome[];
  warnings: string[];
}

export interface Progress {
  (event: { kind: 'reference' | 'sample'; done: number; total: number; label: string; status?: string; cached?: boolean }): void;
}

/** Fails before any work when some problem has fewer samples than the largest k. */
export function checkSampleCounts(problems: Problem[], entrants: Entrant[], ks: number[]): void {
  const k = Math.max(...ks);
  for (const e of entrants) {
    for (const p of problems) {
      const n = e.samples.get(p.spec.id)?.length ?? 0;
      if (n > 0 && n < k) {
        throw new Error(`--k ${k}: entrant "${e.name}" has only ${n} sample(s) for ${p.spec.id}; k must be <= n`);
      }
    }
  }
}

export async function evaluateRun(
  problems: Problem[],
  entrants: Entrant[],
  executor: Executor,
  meter: Meter,
  cfg: EvalConfig,
  progress: Progress = () => {},
  /** A results store: finished work is looked up, new work written as it completes. */
  cache?: CachedMeasure,
): Promise<RunOutcome> {
  checkSampleCounts(problems, entrants, cfg.ks);
  const limit = pLimit(Math.max(1, cfg.jobs));
  const warnings: string[] = [];
  let done = 0;
  const refs = new Map<string, ProblemReference>();
  const needed = new Set<Language>(['python']);
  for (const e of entrants) for (const list of e.samples.values()) for (const s of list) needed.add(referenceLanguage(s.language));
  const languages = LANGUAGES.filter((l) => needed.has(l));
  const total = problems.length * languages.length;
  const references = (
    await Promise.all(
      problems.map((p) =>
        limit(async (): Promise<ReferenceOutcome[]> => {
          const outcomes: ReferenceOutcome[] = [];
          // Python's expert first: it defines the expected outputs every language must match.
          for (const language of languages) {
            const base = { id: p.spec.id, language, version: p.spec.version, inputsDigest: '' };
            const python = refs.get(refKey(p.spec.id, 'python'));
            if (language !== 'python' && !python) continue;
            try {
              const expectedFrom = language === 'python' ? undefined : python;
              const ref = cache
                ? await cache.reference(p, executor, meter, cfg, language, expectedFrom)
                : await measureReference(p, executor, meter, cfg, language, expectedFrom);
              refs.set(refKey(p.spec.id, language), ref);
              outcomes.push({ ...base, inputsDigest: ref.digest, tier: ref.tier, levelCosts: levelCosts(ref) });
              progress({ kind: 'reference', done: ++done, total, label: `${p.spec.id} (${language})` });
            } catch (err) {
              if (!(err instanceof ReferenceError)) throw err;
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
  const units = entrants.flatMap((e) =>
    scoredProblems.flatMap((p) => (e.samples.get(p.spec.id) ?? []).map((s, index) => ({ e, p, s, index }))),
  );
  done = 0;
  const results = new Map<string, SampleResult>();
  await Promise.all(
    units.map((u) =>
      limit(async () => {
        const ref = refs.get(refKey(u.p.spec.id, referenceLanguage(u.s.language)));
        let cached = false;
        let r: SampleResult;
        if (ref && cache) ({ result: r, cached } = await cache.sample(ref, u.s.source, executor, meter, cfg, u.s.language));
        else r = ref
          ? await evaluateSample(ref, u.s.source, executor, meter, cfg, u.s.language)
          : unscorable(`no working ${referenceLanguage(u.s.language)} reference for ${u.p.spec.id}, so this ${u.s.language} sample cannot be scored`);
        results.set(`${u.e.name}\0${u.p.spec.id}\0${u.index}`, r);
        progress({ kind: 'sample', done: ++done, total: units.length, label: `${u.e.name} ${u.p.spec.id} #${u.index}`, status: r.status, cached });
      }),
    ),
  );
  const outcomes = entrants.map((e) => summarizeEntrant(e, scoredProblems, results, cfg, warnings));
  return { references, entrants: outcomes, warnings };
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

function summarizeEntrant(
  e: Entrant,
  problems: Problem[],
  results: Map<string, SampleResult>,
  cfg: EvalConfig,
  warnings: string[],
): EntrantOutcome {
  const missing: string[] = [];
  const outcomes = problems.map((p): ProblemOutcome => {
    const samples = e.samples.get(p.spec.id) ?? [];
    if (samples.length === 0) missing.push(p.spec.id);
    const rs = samples.map((s, index) => ({ index, origin: s.origin, language: s.language, ...results.get(`${e.name}\0${p.spec.id}\0${index}`)! }));
    const n = rs.length;
    const correct = rs.filter((r) => r.passed).length;
    const metrics: Metrics = {};
    for (const k of cfg.ks) {
      metrics[`pass@${k}`] = n === 0 ? 0 : passAtK(n, correct, k);
      metrics[`eff@${k}`] = n === 0 ? 0 : effAtK(rs.map((r) => r.score), k);
    }
    return { id: p.spec.id, n, correct, metrics, samples: rs };
  });
  if (missing.length > 0) {
    warnings.push(`entrant "${e.name}" has no samples for ${missing.join(', ')}: they count as 0`);
  }
  const summary: EntrantOutcome['summary'] = { problems: outcomes.length, samples: outcomes.reduce((s, o) => s + o.n, 0) };
  for (const key of Object.keys(outcomes[0]?.metrics ?? {})) {
    summary[key] = outcomes.reduce((s, o) => s + o.metrics[key]!, 0) / Math.max(1, outcomes.length);
  }
  return { name: e.name, summary, problems: outcomes };
}
