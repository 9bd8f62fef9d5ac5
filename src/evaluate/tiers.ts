// The reference tiers entered as samples against the expert: their costs rank a sample for
// DPS and Beyond. They go through evaluateSample's two phases, so a hopeless naive tier is
// stopped natively at the censoring limit and never counted.
import { readFileSync } from 'node:fs';
import type { Language, Problem } from '../problem/load.ts';
import type { TierCost } from '../score/metrics.ts';
import type { SampleStatus } from './candidate.ts';

/** A reference tier entered as a sample against the expert: the cost DPS and Beyond rank by. */
export interface TierOutcome {
  tier: string;
  status: SampleStatus;
  /** Correct against the expert; a censored tier keeps it (it is only slow). */
  passed: boolean;
  /** Sum of the scored tests' costs; absent when censored or failed. */
  totalCost?: number;
}

/** Every reference tier of every scored problem in the reference languages it needs, slow to fast. */
export function tierSamples(problems: Problem[], languages: (id: string) => readonly Language[], hasReference: (id: string, language: Language) => boolean) {
  return problems.flatMap((p) =>
    languages(p.spec.id).flatMap((language) =>
      // One tier (an imported suite's expert alone) ranks nothing: DPS and Beyond need two.
      hasReference(p.spec.id, language) && (p.references[language]?.length ?? 0) >= 2
        ? (p.references[language] ?? []).map((t, order) => ({ p, language, tier: t.tier, order, source: readFileSync(t.file, 'utf8') }))
        : [],
    ),
  );
}

/** The tiers DPS and Beyond rank against: those correct against the expert; censored ones have no cost. */
export function tierCosts(tiers: TierOutcome[] | undefined): TierCost[] | undefined {
  return tiers?.flatMap((t) => (t.passed ? [{ tier: t.tier, totalCost: t.totalCost }] : []));
}
