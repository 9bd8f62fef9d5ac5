// The discrimination rules of `brisk problems check`, on hand-made tier scores.
import { describe, expect, it } from 'vitest';
import { discriminationFailures, standardNoteFor, type TierCheck } from '../../src/evaluate/check.ts';
import type { SampleResult } from '../../src/evaluate/candidate.ts';

const tier = (name: string, score: number): TierCheck => ({
  language: 'python',
  tier: name,
  disagreement: null,
  result: { status: 'passed', passed: true, score, levels: [], wallMs: 0 } satisfies SampleResult,
});

describe('discrimination rules', () => {
  it('accepts naive < 0.5 < ... standard strictly between, expert >= 0.98', () => {
    expect(discriminationFailures([tier('naive', 0.1), tier('standard', 0.6), tier('expert', 0.99)])).toEqual([]);
  });

  it('names each broken rule', () => {
    const f = discriminationFailures([tier('naive', 0.5), tier('standard', 0.4), tier('expert', 0.97)]);
    expect(f).toEqual(['expert scores 0.970 against itself (< 0.98)', 'naive scores 0.500 (>= 0.5)', 'standard (0.400) does not lie between naive (0.500) and expert (0.970)']);
  });

  it('a standard equal to the naive (both censored to 0) is not between', () => {
    expect(discriminationFailures([tier('naive', 0), tier('standard', 0), tier('expert', 1)])).toHaveLength(1);
  });
});

describe('standardNote', () => {
  it('applies a plain note to every language and a keyed note to its language only', () => {
    const note = 'the regex engine beats any per-character loop';
    expect(standardNoteFor(note, 'javascript')).toBe(note);
    expect(standardNoteFor({ javascript: note }, 'javascript')).toBe(note);
    expect(standardNoteFor({ javascript: note }, 'python')).toBeUndefined();
    expect(standardNoteFor(undefined, 'python')).toBeUndefined();
  });
});
