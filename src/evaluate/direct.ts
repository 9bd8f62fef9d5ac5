// The measurer without a store: every reference and sample is measured in the sandbox.
import type { Language, Problem } from '../problem/load.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { evaluateSample, type SampleResult } from './candidate.ts';
import type { Measuring } from './context.ts';
import type { Measurer } from './measurer.ts';
import { measureReference, type ProblemReference } from './reference.ts';

export class DirectMeasure implements Measurer {
  constructor(readonly ctx: Measuring) {}

  async reference(problem: Problem, language: Language, expectedFrom?: ProblemReference): Promise<{ ref: ProblemReference; cached: boolean }> {
    return { ref: await measureReference(this.ctx, problem, language, expectedFrom), cached: false };
  }

  async sample(ref: ProblemReference, source: string, language: CandidateLanguage): Promise<{ result: SampleResult; cached: boolean }> {
    return { result: await evaluateSample(this.ctx, ref, source, language), cached: false };
  }
}
