// Orchestrates a run: references first (they set expected outputs, costs and time limits),
// then every entrant's samples, in a bounded pool of sandboxed workers.
import pLimit from 'p-limit';
import type { Problem } from '../problem/load.ts';
import type { Meter } from '../measure/meter.ts';
import type { Executor } from '../sandbox/executor.ts';
import { effAtK, passAtK } from '../score/estimators.ts';
import { evaluateSample, type SampleResult } from './candidate.ts';
import type { EvalConfig } from './config.ts';
import { measureReference, ReferenceError, type ProblemReference } from './reference.ts';

export interface Sample {
  source: string;
  /** Where it came from, e.g. `model.jsonl:12`. */
  origin: string;
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
  samples: (SampleResult & { index: number; origin: string })[];
}

export interface EntrantOutcome {
  name: string;
  summary: Metrics & { problems: number; samples: number };
  problems: ProblemOutcome[];
}

export interface ReferenceOutcome {
  id: string;
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
  (event: { kind: 'reference' | 'sample'; done: number; total: number; label: string; status?: string }): void;
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
): Promise<RunOutcome> {
  checkSampleCounts(problems, entrants, cfg.ks);
  const limit = pLimit(Math.max(1, cfg.jobs));
  const warnings: string[] = [];
  let done = 0;
  const refs = new Map<string, ProblemReference>();
  const references = await Promise.all(
    problems.map((p) =>
      limit(async (): Promise<ReferenceOutcome> => {
        const base = { id: p.spec.id, version: p.spec.version, inputsDigest: '' };
        try {
          const ref = await measureReference(p, executor, meter, cfg);
          refs.set(p.spec.id, ref);
          progress({ kind: 'reference', done: ++done, total: problems.length, label: p.spec.id });
          return { ...base, inputsDigest: ref.digest, tier: ref.tier, levelCosts: levelCosts(ref) };
        } catch (err) {
          if (!(err instanceof ReferenceError)) throw err;
          warnings.push(`${err.message}; the problem is left out of every score`);
          progress({ kind: 'reference', done: ++done, total: problems.length, label: p.spec.id, status: 'failed' });
          return { ...base, error: err.message };
        }
      }),
    ),
  );
  const scoredProblems = problems.filter((p) => refs.has(p.spec.id));
  const units = entrants.flatMap((e) =>
    scoredProblems.flatMap((p) => (e.samples.get(p.spec.id) ?? []).map((s, index) => ({ e, p, s, index }))),
  );
  done = 0;
  const results = new Map<string, SampleResult>();
  await Promise.all(
    units.map((u) =>
      limit(async () => {
        const r = await evaluateSample(refs.get(u.p.spec.id)!, u.s.source, executor, meter, cfg);
        results.set(`${u.e.name}\0${u.p.spec.id}\0${u.index}`, r);
        progress({ kind: 'sample', done: ++done, total: units.length, label: `${u.e.name} ${u.p.spec.id} #${u.index}`, status: r.status });
      }),
    ),
  );
  const outcomes = entrants.map((e) => summarizeEntrant(e, scoredProblems, results, cfg, warnings));
  return { references, entrants: outcomes, warnings };
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
    const rs = samples.map((s, index) => ({ index, origin: s.origin, ...results.get(`${e.name}\0${p.spec.id}\0${index}`)! }));
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
