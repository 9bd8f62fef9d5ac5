// Work goes one way: run.ts asks a Measurer; a Measurer measures with its context (direct.ts),
// or looks in the results store first and measures or queues what is missing (cache.ts).
import type { Language, Problem } from '../problem/load.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import type { SampleResult } from './candidate.ts';
import type { Measuring } from './context.ts';
import type { ProblemReference } from './reference.ts';

/** Measures references and samples; `cached` says a result came from a store, not a sandbox. */
export interface Measurer {
  readonly ctx: Measuring;
  reference(problem: Problem, language: Language, expectedFrom?: ProblemReference): Promise<{ ref: ProblemReference; cached: boolean }>;
  sample(ref: ProblemReference, source: string, language: CandidateLanguage): Promise<{ result: SampleResult; cached: boolean }>;
}
