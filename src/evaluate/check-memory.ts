// `problems check --memory`: each tier's memory pass on the largest scored level, uncensored, and
// the naive/expert peak ratio that says whether memory separates the tiers (NMU and NTMU).
import type { MemoryFigures } from '../measure/memory-figures.ts';
import { runMemoryPass, type MemoryOutcome } from '../measure/memory.ts';
import type { Executor } from '../sandbox/executor.ts';
import type { EvalConfig } from './config.ts';
import { nativeJob, verifier, type ProblemReference } from './reference.ts';

/** Naive peak / expert peak at or above which a problem is memory-discriminating. */
export const MEMORY_DISCRIMINATING = 4;

/** Memory figures are the ones results.json carries (`peakBytes`: Python allocations or V8 heap). */
export interface TierMemory {
  tier: string;
  memory?: MemoryFigures;
  memoryError?: string;
}

export interface MemoryVerdict {
  naivePeakBytes: number;
  expertPeakBytes: number;
  /** naive peak / expert peak on the largest scored level. */
  ratio: number;
  discriminating: boolean;
}

/** Undefined when either peak is missing or not positive (the ratio would mean nothing). */
export function memoryVerdict(tiers: readonly TierMemory[]): MemoryVerdict | undefined {
  const peak = (t: string) => tiers.find((x) => x.tier === t)?.memory?.peakBytes;
  const [naive, expert] = [peak('naive'), peak('expert')];
  if (naive === undefined || expert === undefined || naive <= 0 || expert <= 0) return undefined;
  const ratio = naive / expert;
  return { naivePeakBytes: naive, expertPeakBytes: expert, ratio, discriminating: ratio >= MEMORY_DISCRIMINATING };
}

/** Indices of the tests on the problem's largest scored level (the last level). */
export function largestLevelTests(ref: ProblemReference): number[] {
  const last = ref.problem.spec.levels.length - 1;
  return ref.tests.flatMap((t, i) => (t.level === last && last > 0 ? [i] : []));
}

/**
 * One tier's memory pass over the largest level. Uncensored, as the agreement pass: a naive tier
 * that a scored run would stop still shows what it keeps. Outputs are checked again.
 */
export function largestLevelMemory(ref: ProblemReference, source: string, executor: Executor, cfg: EvalConfig): Promise<MemoryOutcome> {
  const job = nativeJob(ref.problem, ref.tests, source, cfg, false, ref.language);
  return runMemoryPass({
    executor,
    job,
    indices: largestLevelTests(ref),
    ids: ref.tests.map((t) => t.id),
    // No costs: the figures are peaks only, without the memory-time integral.
    costs: new Map(),
    costUnit: 'ns',
    limitMs: () => 120_000,
    memoryBytes: cfg.memoryBytes,
    verify: verifier(ref.problem, ref.expected, ref.tests),
  });
}
