// Resumable evaluation: finished measurements are looked up by a content hash of everything
// that decides them, so a re-run (after a crash or kill -9) skips what is already done.
// The store behind `ResultCache` is SQLite in src/store/; tests use `MemoryCache`.
import type { MemoryFigures } from '../measure/memory-figures.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildTests, inputsDigest, type TestCase } from '../problem/inputs.ts';
import type { Language, Problem } from '../problem/load.ts';
import type { Wire } from '../problem/codec.ts';
import type { Meter } from '../measure/meter.ts';
import { PerfMeter } from '../measure/perf.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { evaluateSample, type SampleResult } from './candidate.ts';
import type { EvalConfig } from './config.ts';
import type { Measuring } from './context.ts';
import type { Measurer } from './measurer.ts';
import { measureReference, type ProblemReference } from './reference.ts';

/** What a reference run leaves behind: enough to skip re-measuring it. */
export interface StoredReference {
  tier: string;
  digest: string;
  expected: (Wire | string)[];
  refNs: number[];
  /** [test index, cost] pairs of the scored tests. */
  refCost: [number, number][];
  memory?: MemoryFigures;
  memoryError?: string;
}

export interface ResultCache {
  getSample(key: string): SampleResult | undefined;
  /** Written as soon as the measurement completes; a key already present is left alone. */
  putSample(key: string, result: SampleResult, meta: { problem: string; language: string }): void;
  getReference(key: string): StoredReference | undefined;
  putReference(key: string, ref: StoredReference, meta: { problem: string; language: string }): void;
}

/**
 * Measurements made in other processes (the queue's workers, src/queue/): the same work as
 * measureReference and evaluateSample, named by the store keys CachedMeasure computed.
 */
export interface RemoteMeasure {
  /** Throws ReferenceFailure when the reference fails, as measureReference does. */
  reference(job: { key: string; problem: Problem; language: Language; cfg: EvalConfig; digest: string; expectedFrom?: { key: string; ref: ProblemReference } }): Promise<StoredReference>;
  /** `keep: false` for a status the sample does not own (no worker could run it): it is not stored, so a re-run tries again. */
  sample(job: { key: string; ref: { key: string; ref: ProblemReference }; source: string; language: CandidateLanguage; cfg: EvalConfig }): Promise<{ result: SampleResult; keep: boolean }>;
  /** The result of `key` is in the store now: the remote side may forget it. */
  stored(key: string): void;
}

/** In-memory `ResultCache`, for tests and `--no-store`-like library use. */
export class MemoryCache implements ResultCache {
  readonly samples = new Map<string, SampleResult>();
  readonly references = new Map<string, StoredReference>();
  getSample(key: string) {
    return this.samples.get(key);
  }
  putSample(key: string, result: SampleResult) {
    if (!this.samples.has(key)) this.samples.set(key, structuredClone(result));
  }
  getReference(key: string) {
    return this.references.get(key);
  }
  putReference(key: string, ref: StoredReference) {
    if (!this.references.has(key)) this.references.set(key, structuredClone(ref));
  }
}

/**
 * The machine-side part of every key: what measured (meter, valgrind, interpreters, harness).
 * Two runs that differ here never share results.
 */
export interface MeasureEnvironment {
  meter: string;
  valgrind?: string;
  python: { path: string; version: string };
  node: { path: string; version: string };
  harnessVersion: string;
  /** Brisk's package version: a release that changes how results are computed bumps it. */
  brisk: string;
}

/**
 * The store's name for a meter. perf and callgrind both report `instructions`, but their counts
 * differ (hardware vs simulated), so they must never share results; callgrind keeps the name
 * it always had, so existing stores stay valid.
 */
export function meterKey(meter: Meter): string {
  return meter instanceof PerfMeter ? 'perf' : meter.name;
}

/** Bump when SampleResult or StoredReference gains or changes content (2: totalCost, memory figures; 3: censoring by count). */
export const RESULT_FORMAT = 3;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Every configuration value that changes a measured result or its score. `scoring` changes
 * only scores, but results are stored scored, so it is part of the key (one cheap re-run per
 * scoring mode, instead of re-scoring logic kept in step with candidate.ts). `ks` and `jobs`
 * change neither: they are left out, so `--k 1,10` or `--jobs 4` reuse everything.
 */
function configPart(cfg: EvalConfig) {
  const { alpha, scoring, suiteSeed, repetitions, minBatchNs, censorFactor, memoryBytes, memory } = cfg;
  return { alpha, scoring, suiteSeed, repetitions, minBatchNs, censorFactor, memoryBytes, memory };
}

export function referenceKey(env: MeasureEnvironment, cfg: EvalConfig, problem: Problem, language: Language, source: string, digest: string, expectedFrom?: string): string {
  return sha256(
    JSON.stringify({
      kind: 'reference',
      format: RESULT_FORMAT,
      env,
      cfg: configPart(cfg),
      problem: { id: problem.spec.id, version: problem.spec.version, digest },
      language,
      source: sha256(source),
      expectedFrom: expectedFrom ?? null,
    }),
  );
}

export function sampleKey(env: MeasureEnvironment, cfg: EvalConfig, refKey: string, source: string, language: CandidateLanguage): string {
  // The reference key covers the problem id, version, inputs digest and the reference's own
  // measurement (its costs and time limits decide the sample's censoring and score).
  return sha256(JSON.stringify({ kind: 'sample', format: RESULT_FORMAT, env, cfg: configPart(cfg), reference: refKey, language, source: sha256(source) }));
}

export function toStored(ref: ProblemReference): StoredReference {
  return { tier: ref.tier, digest: ref.digest, expected: ref.expected, refNs: ref.refNs, refCost: [...ref.refCost], memory: ref.memory, memoryError: ref.memoryError };
}

/** The reference a stored measurement stands for, over the tests it was measured on. */
export function fromStored(problem: Problem, language: Language, tests: TestCase[], stored: StoredReference): ProblemReference {
  const { tier, digest, expected, refNs, refCost, memory, memoryError } = stored;
  return { problem, language, tests, digest, tier, expected, refNs, refCost: new Map(refCost), memory, memoryError };
}

/**
 * Wraps the measuring functions with a cache. Identical work asked for twice in one run (two
 * equal samples) is measured once: the second caller awaits the first's promise.
 */
export class CachedMeasure implements Measurer {
  private readonly refKeys = new WeakMap<ProblemReference, string>();
  private readonly inFlight = new Map<string, Promise<SampleResult>>();
  /** How many results came from the cache, and how many were measured, in this run. */
  readonly counts = { cachedSamples: 0, measuredSamples: 0, cachedReferences: 0, measuredReferences: 0 };

  /** What the store gave and what was measured, for the log; `samples` names the sample results. */
  reuseLine(samples = 'sample result(s)'): string {
    const c = this.counts;
    return `${c.cachedSamples} ${samples} and ${c.cachedReferences} reference(s) reused; ${c.measuredSamples} and ${c.measuredReferences} measured`;
  }

  constructor(
    private readonly cache: ResultCache,
    private readonly env: MeasureEnvironment,
    /** What is not in the store is measured with this context... */
    readonly ctx: Measuring,
    /** ...or elsewhere (`--queue`). */
    private readonly remote?: RemoteMeasure,
  ) {}

  /** Returns the reference and whether it came from the cache. */
  async reference(problem: Problem, language: Language, expectedFrom?: ProblemReference): Promise<{ ref: ProblemReference; cached: boolean }> {
    const cfg = this.ctx.cfg;
    const tier = problem.references[language]?.at(-1);
    // No reference file: measureReference reports it.
    if (!tier) return { ref: await measureReference(this.ctx, problem, language, expectedFrom), cached: false };
    const tests = expectedFrom?.tests ?? buildTests(problem.spec, cfg.suiteSeed);
    const digest = inputsDigest(tests);
    const parentKey = expectedFrom && this.refKeys.get(expectedFrom);
    const key = referenceKey(this.env, cfg, problem, language, readFileSync(tier.file, 'utf8'), digest, parentKey);
    const hit = this.cache.getReference(key);
    let ref: ProblemReference;
    const cached = hit !== undefined && hit.digest === digest && hit.expected.length === tests.length;
    if (cached) {
      this.counts.cachedReferences++;
      ref = fromStored(problem, language, tests, hit);
    } else {
      if (this.remote) {
        const parent = expectedFrom && parentKey ? { key: parentKey, ref: expectedFrom } : undefined;
        const stored = await this.remote.reference({ key, problem, language, cfg, digest, expectedFrom: parent });
        ref = fromStored(problem, language, tests, stored);
      } else ref = await measureReference(this.ctx, problem, language, expectedFrom);
      this.counts.measuredReferences++;
      this.cache.putReference(key, toStored(ref), { problem: problem.spec.id, language });
      this.remote?.stored(key);
    }
    this.refKeys.set(ref, key);
    return { ref, cached };
  }

  /** Returns the result and whether it came from the cache. */
  async sample(ref: ProblemReference, source: string, language: CandidateLanguage): Promise<{ result: SampleResult; cached: boolean }> {
    const cfg = this.ctx.cfg;
    const refKey = this.refKeys.get(ref);
    if (!refKey) throw new Error(`reference for ${ref.problem.spec.id} was not measured through this cache`);
    const key = sampleKey(this.env, cfg, refKey, source, language);
    const hit = this.cache.getSample(key);
    if (hit) {
      this.counts.cachedSamples++;
      return { result: hit, cached: true };
    }
    const pending = this.inFlight.get(key);
    if (pending) {
      this.counts.cachedSamples++;
      return { result: structuredClone(await pending), cached: true };
    }
    const measured = this.remote
      ? this.remote.sample({ key, ref: { key: refKey, ref }, source, language, cfg })
      : evaluateSample(this.ctx, ref, source, language).then((result) => ({ result, keep: true }));
    const work = measured.then(({ result, keep }) => {
      this.counts.measuredSamples++;
      if (keep) {
        this.cache.putSample(key, result, { problem: ref.problem.spec.id, language });
        this.remote?.stored(key);
      }
      return result;
    });
    this.inFlight.set(key, work);
    try {
      return { result: await work, cached: false };
    } finally {
      this.inFlight.delete(key);
    }
  }
}
