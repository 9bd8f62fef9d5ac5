// evaluateRun's plan with a mock executor: which references and tiers are measured, the order
// and counts of its progress phases, and sources rejected before any sandbox runs.
import { describe, expect, it } from 'vitest';
import { DirectMeasure } from '../../src/evaluate/direct.ts';
import { MemoryCache, CachedMeasure } from '../../src/evaluate/cache.ts';
import { evaluateRun, referenceLanguages, type Entrant } from '../../src/evaluate/run.ts';
import type { Problem } from '../../src/problem/load.ts';
import { MockExecutor } from '../support/mocks.ts';
import { cfg, LabelMeter, problem, sample, script } from '../support/tier-run.ts';

type Event = Parameters<NonNullable<Parameters<typeof evaluateRun>[3]>>[0];

const js = (source: string) => ({ source, origin: `m.jsonl:${source}`, language: 'javascript' as const });
const other: Problem = { ...problem, spec: { ...problem.spec, id: 'other' } };

describe('referenceLanguages', () => {
  it('needs Python everywhere and JavaScript only where some entrant has a JavaScript or TypeScript sample', () => {
    const e: Entrant = {
      name: 'm',
      samples: new Map([
        ['toy', [sample('EXPERT'), { ...js('x'), language: 'typescript' as const }]],
        ['other', [sample('EXPERT')]],
      ]),
    };
    const langs = referenceLanguages([problem, other], [e]);
    expect(langs.get('toy')).toEqual(['python', 'javascript']);
    expect(langs.get('other')).toEqual(['python']);
  });
});

describe('evaluateRun progress', () => {
  it('reports references, then tiers, then samples, each counting its own work', async () => {
    const events: Event[] = [];
    const entrant: Entrant = { name: 'model', samples: new Map([['toy', ['EXPERT', 'FAST'].map(sample)]]) };
    await evaluateRun([problem], [entrant], new DirectMeasure({ executor: new MockExecutor(script), meter: new LabelMeter(), cfg }), (ev) => events.push(ev));
    const kinds = events.map((e) => e.kind);
    expect(kinds).toEqual(['reference', 'tier', 'tier', 'tier', 'sample', 'sample']);
    const samples = events.filter((e) => e.kind === 'sample');
    // Two samples, both pass: the censored naive tier is no "timed out" sample.
    expect(samples.map((e) => [e.done, e.total, e.status])).toEqual([
      [1, 2, 'passed'],
      [2, 2, 'passed'],
    ]);
    expect(
      events
        .filter((e) => e.kind === 'tier')
        .map((e) => e.status)
        .sort(),
    ).toEqual(['passed', 'passed', 'timeout']);
  });

  it('a sample equal to a tier run in this run is not "from store" on a new store', async () => {
    const events: Event[] = [];
    const store = new CachedMeasure(
      new MemoryCache(),
      { meter: 'instructions', python: { path: 'p', version: '3' }, node: { path: 'n', version: '20' }, harnessVersion: 'h', brisk: '0' },
      { executor: new MockExecutor(script), meter: new LabelMeter(), cfg },
    );
    const entrant: Entrant = { name: 'model', samples: new Map([['toy', ['EXPERT'].map(sample)]]) };
    await evaluateRun([problem], [entrant], store, (ev) => events.push(ev));
    expect(events.filter((e) => e.cached)).toEqual([]);
  });

  it('a second run on the same store counts its reference, tiers and samples "from store"', async () => {
    const cache = new MemoryCache();
    const env = { meter: 'instructions', python: { path: 'p', version: '3' }, node: { path: 'n', version: '20' }, harnessVersion: 'h', brisk: '0' };
    const entrant: Entrant = { name: 'model', samples: new Map([['toy', ['EXPERT', 'FAST'].map(sample)]]) };
    const run = async () => {
      const events: Event[] = [];
      await evaluateRun([problem], [entrant], new CachedMeasure(cache, env, { executor: new MockExecutor(script), meter: new LabelMeter(), cfg }), (ev) => events.push(ev));
      return events;
    };
    await run();
    const again = await run();
    expect(again.map((e) => [e.kind, e.cached])).toEqual([
      ['reference', true],
      ['tier', true],
      ['tier', true],
      ['tier', true],
      ['sample', true],
      ['sample', true],
    ]);
  });
});

describe('evaluateRun: a source with a NUL byte', () => {
  it("is the sample's compile_error, decided before any sandbox runs, and never stored", async () => {
    const executor = new MockExecutor(script);
    const cache = new MemoryCache();
    const store = new CachedMeasure(
      cache,
      { meter: 'instructions', python: { path: 'p', version: '3' }, node: { path: 'n', version: '20' }, harnessVersion: 'h', brisk: '0' },
      { executor, meter: new LabelMeter(), cfg: { ...cfg, tierMetrics: false } },
    );
    const entrant: Entrant = { name: 'model', samples: new Map([['toy', [sample('def f(xs):\n    return 0\u0000\n')]]]) };
    const out = await evaluateRun([problem], [entrant], store);
    const s = out.entrants[0]!.problems[0]!.samples[0]!;
    expect(s).toMatchObject({ status: 'compile_error', passed: false, score: 0 });
    expect(s.message).toBe('the source contains a NUL byte (line 2, column 13); no interpreter compiles it');
    expect(s.levels.map((l) => [l.name, l.efficiency])).toEqual([
      ['small', 0],
      ['medium', 0],
      ['large', 0],
    ]);
    // Only the reference ran.
    expect(executor.jobs.map((j) => j.job.source)).toEqual(['EXPERT']);
    expect(cache.samples.size).toBe(0);
  });
});
