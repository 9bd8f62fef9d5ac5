// The cache wrapper around measuring: a second run over the same cache measures nothing,
// a changed setting or source measures again, equal samples in one run are measured once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CachedMeasure, MemoryCache, meterKey, referenceKey, sampleKey, type MeasureEnvironment } from '../../src/evaluate/cache.ts';
import { InstructionMeter, TimeMeter } from '../../src/measure/meter.ts';
import { PerfMeter } from '../../src/measure/perf.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { evaluateRun, type Entrant } from '../../src/evaluate/run.ts';
import { parseSignature } from '../../src/problem/inputs.ts';
import type { Problem } from '../../src/problem/load.ts';
import type { HarnessJob } from '../../src/sandbox/executor.ts';
import { toySpec } from '../support/fixtures.ts';
import { MockExecutor, MockMeter, passedRecords } from '../support/mocks.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-cache-'));
const expertFile = path.join(dir, 'expert.py');
writeFileSync(expertFile, 'def f(xs):\n    return sum(xs)\n');
const spec = toySpec();
const problem: Problem = { spec, signature: parseSignature(spec), references: { python: [{ tier: 'expert', file: expertFile }] } };
// Caching is under test: no memory pass and no tier runs, so every executor run is a measurement.
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 1, memory: false, tierMetrics: false };
const env: MeasureEnvironment = {
  meter: 'instructions',
  python: { path: '/usr/bin/python3.11', version: '3.11.2' },
  node: { path: '/usr/bin/node', version: '20.20.0' },
  harnessVersion: 'h1',
  brisk: '0.1.0',
};
const entrant = (sources: string[]): Entrant => ({
  name: 'm',
  samples: new Map([['toy', sources.map((source, i) => ({ source, origin: `m.jsonl:${i + 1}`, language: 'python' as const }))]]),
});

/** Every job passes with output 0; reference and candidates both cost 100 per test. */
function fresh() {
  const executor = new MockExecutor((job: HarnessJob) => ({ status: 'completed', tests: passedRecords(job.tests.length), wallMs: 1 }));
  return { executor, meter: new MockMeter(() => 100) };
}

async function run(cache: MemoryCache, sources: string[], config = cfg, environment = env) {
  const { executor, meter } = fresh();
  const measure = new CachedMeasure(cache, environment, { executor, meter, cfg: config });
  const cached: boolean[] = [];
  const outcome = await evaluateRun([problem], [entrant(sources)], measure, (ev) => {
    if (ev.kind === 'sample') cached.push(ev.cached ?? false);
  });
  return { outcome, executor, counts: measure.counts, cached };
}

describe('CachedMeasure', () => {
  it('stores every reference and sample result, and a second run measures nothing', async () => {
    const cache = new MemoryCache();
    const first = await run(cache, ['a = 1', 'b = 2']);
    // One reference job + two sample jobs; the mock meter costs without jobs of its own.
    expect(first.executor.jobs).toHaveLength(3);
    expect(cache.references.size).toBe(1);
    expect(cache.samples.size).toBe(2);
    const second = await run(cache, ['a = 1', 'b = 2']);
    expect(second.executor.jobs).toHaveLength(0);
    expect(second.counts).toEqual({ cachedSamples: 2, measuredSamples: 0, cachedReferences: 1, measuredReferences: 0 });
    expect(second.cached).toEqual([true, true]);
    expect(second.outcome.entrants).toEqual(first.outcome.entrants);
  });

  it('measures a new source, and everything again when a result-changing setting changes', async () => {
    const cache = new MemoryCache();
    await run(cache, ['a = 1']);
    const more = await run(cache, ['a = 1', 'c = 3']);
    // Only the new sample runs: the reference and 'a = 1' come from the cache.
    expect(more.executor.jobs.map((j) => j.job.source)).toEqual(['c = 3']);
    const alpha = await run(cache, ['a = 1'], { ...cfg, alpha: 3 });
    expect(alpha.executor.jobs).toHaveLength(2);
    // --k and --jobs change no measurement: nothing runs.
    const ks = await run(cache, ['a = 1'], { ...cfg, ks: [1], jobs: 4 });
    expect(ks.executor.jobs).toHaveLength(0);
    // Another harness or interpreter build: the reference and the sample run again.
    const harness = await run(cache, ['a = 1'], cfg, { ...env, harnessVersion: 'h2' });
    expect(harness.executor.jobs).toHaveLength(2);
    const python = await run(cache, ['a = 1'], cfg, { ...env, python: { path: '/usr/bin/python3.12', version: '3.12.1' } });
    expect(python.executor.jobs).toHaveLength(2);
  });

  it('measures two equal samples of one run once', async () => {
    const cache = new MemoryCache();
    const r = await run(cache, ['same', 'same'], { ...cfg, jobs: 2 });
    expect(r.executor.jobs).toHaveLength(2); // reference + one sample
    expect(r.counts.measuredSamples).toBe(1);
    expect(r.outcome.entrants[0]!.problems[0]!.samples.map((s) => s.score)).toEqual([1, 1]);
  });

  it('re-measures a reference whose file changed', async () => {
    const cache = new MemoryCache();
    await run(cache, ['a = 1']);
    writeFileSync(expertFile, 'def f(xs):\n    return sum(xs)  # faster now\n');
    const again = await run(cache, ['a = 1']);
    // New reference key, so the sample (scored against it) is measured again too.
    expect(again.counts).toMatchObject({ measuredReferences: 1, measuredSamples: 1 });
  });
});

describe('store keys by meter', () => {
  it('perf and callgrind never share results, though both count instructions', () => {
    const perf = new PerfMeter();
    const callgrind = new InstructionMeter();
    expect(perf.name).toBe(callgrind.name);
    expect(meterKey(perf)).toBe('perf');
    // callgrind keeps its old name, so stores written before stay valid.
    expect(meterKey(callgrind)).toBe('instructions');
    expect(meterKey(new TimeMeter())).toBe('time');
    const key = (meter: string) => referenceKey({ ...env, meter }, cfg, problem, 'python', 'def f(xs):\n    return sum(xs)\n', 'digest');
    expect(key(meterKey(perf))).not.toBe(key(meterKey(callgrind)));
    expect(sampleKey({ ...env, meter: meterKey(perf) }, cfg, 'ref', 'a = 1', 'python')).not.toBe(sampleKey({ ...env, meter: meterKey(callgrind) }, cfg, 'ref', 'a = 1', 'python'));
  });
});
