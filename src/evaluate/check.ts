// `problems check`: every tier must agree with the expert on every output (run uncensored),
// and the tiers must discriminate: expert against itself >= 0.98, naive < 0.5, standard between.
import { readFileSync } from 'node:fs';
import { digestMismatch, type Digests } from '../problem/digests.ts';
import { LANGUAGES, type Language, type Problem } from '../problem/load.ts';
import type { ProblemSpec } from '../problem/spec.ts';
import type { Meter } from '../measure/meter.ts';
import type { Executor } from '../sandbox/executor.ts';
import { evaluateSample, type SampleResult } from './candidate.ts';
import { largestLevelMemory, memoryVerdict, type MemoryVerdict, type TierMemory } from './check-memory.ts';
import type { EvalConfig } from './config.ts';
import { measureReference, nativeJob, ReferenceFailure, verifier, type ProblemReference } from './reference.ts';

export const EXPERT_MIN = 0.98;
export const NAIVE_MAX = 0.5;

export interface TierCheck extends TierMemory {
  language: Language;
  /** null when the tier agrees with the expert on every test, else where it does not. */
  disagreement: string | null;
  result?: SampleResult;
}

export interface ProblemCheck {
  id: string;
  digest?: string;
  /** Largest per-test cost of the expert, per language, in the meter's unit. */
  expertCost: Partial<Record<Language, number>>;
  tiers: TierCheck[];
  /** With `memory`: naive against expert peak on the largest scored level, per language. */
  memory?: Partial<Record<Language, MemoryVerdict>>;
  failures: string[];
  notes: string[];
}

/**
 * Checks a problem in the given languages (those it has references for). Python's expert sets
 * the expected outputs; every tier of every language must reproduce them.
 */
export async function checkProblem(
  problem: Problem,
  executor: Executor,
  meter: Meter,
  cfg: EvalConfig,
  opts: { discrimination: boolean; digests: Digests; languages?: Language[]; memory?: boolean },
): Promise<ProblemCheck> {
  const id = problem.spec.id;
  const check: ProblemCheck = { id, expertCost: {}, tiers: [], failures: [], notes: [] };
  const mismatch = digestMismatch(problem, opts.digests, cfg.suiteSeed);
  if (mismatch) check.failures.push(mismatch);
  const languages = (opts.languages ?? LANGUAGES).filter((l) => problem.references[l]);
  if (!languages.includes('python')) {
    check.failures.push(`${id}: no Python reference tiers (they define the expected outputs)`);
    return check;
  }
  let python: ProblemReference | undefined;
  for (const language of ['python' as const, ...languages.filter((l) => l !== 'python')]) {
    let ref: ProblemReference;
    try {
      ref = await measureReference({ executor, meter, cfg }, problem, language, python);
    } catch (err) {
      if (!(err instanceof ReferenceFailure)) throw err;
      check.failures.push(err.message);
      if (language === 'python') return check;
      continue;
    }
    python ??= ref;
    check.digest = ref.digest;
    check.expertCost[language] = Math.max(...ref.refCost.values());
    const tiers: TierCheck[] = [];
    for (const tier of problem.references[language] ?? []) {
      const source = readFileSync(tier.file, 'utf8');
      const agreement = await agree(ref, source, executor, cfg);
      const tc: TierCheck = { language, tier: tier.tier, disagreement: agreement };
      if (agreement) check.failures.push(`${language} ${tier.tier} disagrees with the Python expert: ${agreement}`);
      if (opts.discrimination && !agreement) tc.result = await evaluateSample({ executor, meter, cfg }, ref, source, language);
      if (opts.memory && !agreement) {
        const m = await largestLevelMemory(ref, source, executor, cfg);
        if (m.inconsistent) check.failures.push(`${language} ${tier.tier}: ${m.error}`);
        if (m.figures) tc.memory = m.figures;
        if (m.error) tc.memoryError = m.error;
      }
      tiers.push(tc);
    }
    const verdict = opts.memory ? memoryVerdict(tiers) : undefined;
    if (verdict) check.memory = { ...check.memory, [language]: verdict };
    if (opts.discrimination) {
      for (const f of discriminationFailures(tiers)) {
        // A documented reason turns the standard-tier rule into a note; the others always hold.
        const note = standardNoteFor(problem.spec.standardNote, language);
        if (f.startsWith('standard') && note) check.notes.push(`${language}: ${f} (${note})`);
        else check.failures.push(`${language}: ${f}`);
      }
    }
    check.tiers.push(...tiers);
  }
  return check;
}

export function standardNoteFor(note: ProblemSpec['standardNote'], language: Language): string | undefined {
  return typeof note === 'string' ? note : note?.[language];
}

/** Runs the tier natively with no censoring and compares every output with the expert's. */
async function agree(ref: ProblemReference, source: string, executor: Executor, cfg: EvalConfig): Promise<string | null> {
  const job = nativeJob(ref.problem, ref.tests, source, cfg, false, ref.language);
  const out = await executor.run(job, {
    callLimitMs: () => 120_000,
    verify: verifier(ref.problem, ref.expected, ref.tests),
    memoryBytes: cfg.memoryBytes,
  });
  if (out.status !== 'completed') return `${out.status}: ${out.message}`;
  const bad = out.tests.findIndex((r) => r.status !== 'passed');
  if (bad < 0) return null;
  const r = out.tests[bad]!;
  return `test ${ref.tests[bad]!.id}: ${r.status}${r.message ? ` (${r.message})` : ''}`;
}

export function discriminationFailures(tiers: TierCheck[]): string[] {
  const score = (t: string) => tiers.find((x) => x.tier === t)?.result?.score;
  const failures: string[] = [];
  const [naive, standard, expert] = [score('naive'), score('standard'), score('expert')];
  if (expert !== undefined && expert < EXPERT_MIN) failures.push(`expert scores ${expert.toFixed(3)} against itself (< ${EXPERT_MIN})`);
  if (naive !== undefined && naive >= NAIVE_MAX) failures.push(`naive scores ${naive.toFixed(3)} (>= ${NAIVE_MAX})`);
  if (standard !== undefined && naive !== undefined && expert !== undefined && !(naive < standard && standard < expert)) {
    failures.push(`standard (${standard.toFixed(3)}) does not lie between naive (${naive.toFixed(3)}) and expert (${expert.toFixed(3)})`);
  }
  return failures;
}
