import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import { resultsJsonSchema } from '../../src/report/json-schema.ts';
import { ResultsSchema } from '../../src/report/schema.ts';
import { cfg, mockResults, model, slow } from '../support/tier-run.ts';

describe('results.json schema', () => {
  it('the committed JSON Schema is the one the zod schema generates (run `npm run schema` after a change)', () => {
    expect(readFileSync(path.join(PACKAGE_ROOT, 'schema', 'results.schema.json'), 'utf8')).toBe(resultsJsonSchema());
  });

  it('a real run outcome validates, intervals and tier costs included', async () => {
    const results = await mockResults([model, slow]);
    // buildResults parses what it publishes; the round trip through JSON must parse too.
    const parsed = ResultsSchema.parse(JSON.parse(JSON.stringify(results)));
    expect(parsed.entrants[0]!.intervals!['eff@1']).toBeDefined();
    expect(parsed.references[0]!.tiers!.map((t) => t.tier)).toEqual(['naive', 'standard', 'expert']);
    expect(parsed.entrants[0]!.problems[0]!.samples[1]!.totalCost).toBe(300);
    expect(parsed.metrics!.NET!.better).toBe('lower');
    expect(parsed.config).toMatchObject({ bootstrapSeed: cfg.bootstrapSeed, bootstrapResamples: 2000, tieTolerance: 1e-4, tierMetrics: true });
    // The top entrants' comparison is there, as `brisk compare model slow` gives it (eff@1: 0.833 - 0).
    expect(parsed.comparisons!.map((c) => [c.a, c.b])).toEqual([['model', 'slow']]);
    expect(parsed.comparisons![0]!.metrics.find((m) => m.metric === 'eff@1')!.meanDifference).toBeCloseTo(2.5 / 3, 15);
    // A malformed interval is caught.
    const bad = JSON.parse(JSON.stringify(results));
    bad.entrants[0].intervals['eff@1'] = { low: 'x' };
    expect(() => ResultsSchema.parse(bad)).toThrow();
  });
});
