import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit.ts';
import { compareInResults, topComparisons } from '../../src/report/compare.ts';
import { mockResults, model, sample, slow } from '../support/tier-run.ts';

describe('comparisons from a results object', () => {
  it('pairs the top entrants by eff@k, the better-ranked as A, and matches brisk compare', async () => {
    // eff@1: expert-copy 1 (three EXPERT samples), model 2.5/3, slow 0.
    const copy = { name: 'expert-copy', samples: new Map([['toy', ['EXPERT', 'EXPERT', 'EXPERT'].map(sample)]]) };
    const r = await mockResults([slow, model, copy]);
    const boot = { seed: 5, resamples: 1000 };
    const pairs = topComparisons(r, boot);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([
      ['expert-copy', 'model'],
      ['expert-copy', 'slow'],
      ['model', 'slow'],
    ]);
    expect(pairs[0]!.metrics).toEqual(compareInResults(r, 'expert-copy', 'model', boot));
    // expert-copy vs model on eff@1: 1 - 2.5/3 = 1/6; pooled metrics are never compared per problem.
    expect(pairs[0]!.metrics.find((m) => m.metric === 'eff@1')!.meanDifference).toBeCloseTo(1 / 6, 15);
    expect(pairs[0]!.metrics.some((m) => m.metric.endsWith('_pooled'))).toBe(false);
    expect(topComparisons(r, boot, 2)).toHaveLength(1);
  });

  it('an entrant name the results do not hold is a usage error (exit 2), naming the entrants it has', async () => {
    const r = await mockResults([slow, model]);
    const err = (() => {
      try {
        compareInResults(r, 'model', 'nobody', { seed: 5, resamples: 10 });
      } catch (e) {
        return e;
      }
    })();
    expect((err as Error).message).toBe('no entrant "nobody" in this results.json; it has: slow, model');
    expect(exitCodeFor(err)).toBe(2);
  });
});
