// What crosses Redis between the coordinator (`brisk run --queue`) and its workers: job
// payloads and outcomes, validated with zod on arrival (a queue is shared ground).
import { z } from 'zod';
import type { MeasureEnvironment, RemoteMeasure } from '../evaluate/cache.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../evaluate/config.ts';
import { LANGUAGES, type Problem } from '../problem/load.ts';
import { Memory, SampleSchema, WorkerSchema } from '../report/schema.ts';

const Key = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 store key');

/** MeasureEnvironment (src/evaluate/cache.ts): the machine-side part of every store key. */
export const EnvironmentSchema = z.object({
  meter: z.string(),
  valgrind: z.string().optional(),
  python: z.object({ path: z.string(), version: z.string() }),
  node: z.object({ path: z.string(), version: z.string() }),
  harnessVersion: z.string(),
  brisk: z.string(),
});

export const CounterSchema = z.enum(['callgrind', 'cycles', 'perf', 'time']);
export type Counter = z.infer<typeof CounterSchema>;

/** The settings a measurement depends on (the rest of EvalConfig only shapes the report). */
export const JobConfigSchema = z.object({
  meter: z.enum(['instructions', 'cycles', 'time']),
  alpha: z.number().positive(),
  scoring: z.enum(['default', 'enamel']),
  suiteSeed: z.number().int(),
  repetitions: z.number().int().positive(),
  minBatchNs: z.number().positive(),
  censorFactor: z.number().positive(),
  memoryBytes: z.number().int().positive(),
  memory: z.boolean(),
});
export type JobConfig = z.infer<typeof JobConfigSchema>;

export function jobConfig(cfg: EvalConfig): JobConfig {
  const { meter, alpha, scoring, suiteSeed, repetitions, minBatchNs, censorFactor, memoryBytes, memory } = cfg;
  return { meter, alpha, scoring, suiteSeed, repetitions, minBatchNs, censorFactor, memoryBytes, memory };
}

/** A worker's EvalConfig: the job's settings; the report-only ones are never read there. */
export function workerConfig(c: JobConfig): EvalConfig {
  return { ...DEFAULT_CONFIG, ...c, jobs: 1, tierMetrics: false };
}

/** Every job says which run sent it and under what environment and settings it must be measured. */
const Header = {
  run: z.string(),
  env: EnvironmentSchema,
  counter: CounterSchema,
  cfg: JobConfigSchema,
  /** The store key of the result: the job's identity, so a duplicate is stored once. */
  key: Key,
  /** The coordinator's view of the problem, for a precise message when a worker's copy differs. */
  problem: z.object({ id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'problem ids are kebab-case'), version: z.number(), digest: z.string() }),
};

/** Largest candidate source a job carries (a leaderboard sample is a few KiB). */
export const MAX_SOURCE_BYTES = 1 << 20;

export const ReferenceJobSchema = z.object({
  kind: z.literal('reference'),
  ...Header,
  language: z.enum(LANGUAGES),
  /** sha256 of the coordinator's reference solution file. */
  sourceHash: z.string(),
  /** Python's reference, whose outputs another language's must reproduce (published in Redis). */
  parentKey: Key.optional(),
});

export const SampleJobSchema = z.object({
  kind: z.literal('sample'),
  ...Header,
  language: z.enum(['python', 'javascript', 'typescript']),
  source: z.string().max(MAX_SOURCE_BYTES),
  /** The reference it is scored against (published in Redis under this key). */
  refKey: Key,
});

export const JobSchema = z.discriminatedUnion('kind', [ReferenceJobSchema, SampleJobSchema]);
export type ReferenceJob = z.infer<typeof ReferenceJobSchema>;
export type SampleJob = z.infer<typeof SampleJobSchema>;
export type Job = z.infer<typeof JobSchema>;

/** What every job of one run carries besides its own work. */
export interface RunHeader {
  runId: string;
  env: MeasureEnvironment;
  counter: Counter;
}

type RemoteReference = Parameters<RemoteMeasure['reference']>[0];
type RemoteSample = Parameters<RemoteMeasure['sample']>[0];

function header(run: RunHeader, w: { key: string; cfg: EvalConfig }, problem: Problem, digest: string) {
  const { id, version } = problem.spec;
  return { run: run.runId, env: run.env, counter: run.counter, cfg: jobConfig(w.cfg), key: w.key, problem: { id, version, digest } };
}

export function referenceJob(run: RunHeader, w: RemoteReference, sourceHash: string): ReferenceJob {
  return { kind: 'reference', ...header(run, w, w.problem, w.digest), language: w.language, sourceHash, parentKey: w.expectedFrom?.key };
}

export function sampleJob(run: RunHeader, w: RemoteSample): SampleJob {
  const { ref } = w.ref;
  return { kind: 'sample', ...header(run, w, ref.problem, ref.digest), language: w.language, source: w.source, refKey: w.ref.key };
}

/** StoredReference (src/evaluate/cache.ts). */
export const StoredReferenceSchema = z.object({
  tier: z.string(),
  digest: z.string(),
  expected: z.array(z.any()),
  refNs: z.array(z.number()),
  refCost: z.array(z.tuple([z.number().int(), z.number()])),
  memory: Memory.optional(),
  memoryError: z.string().optional(),
});

export const SampleResultSchema = SampleSchema.omit({ index: true, origin: true, language: true });

export const WorkerInfoSchema = WorkerSchema.omit({ results: true }).extend({ env: EnvironmentSchema, counter: CounterSchema });
export type WorkerInfo = z.infer<typeof WorkerInfoSchema>;

/** A job's return value. A worker that cannot measure a job fails it instead (BullMQ retries it elsewhere). */
export const OutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sample'), key: Key, worker: WorkerInfoSchema, result: SampleResultSchema }),
  z.object({ kind: z.literal('reference'), key: Key, worker: WorkerInfoSchema, reference: StoredReferenceSchema }),
  z.object({ kind: z.literal('reference_error'), key: Key, worker: WorkerInfoSchema, message: z.string() }),
]);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** One line naming what went wrong, e.g. `job: cfg.alpha: expected number`. */
export function payloadError(what: string, error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${what}: ${issue.path.join('.') || '(root)'}: ${issue.message}`;
}

/** BullMQ job ids: the key, then `-2`, `-3`... for a job sent again after its result was refused. */
export function jobId(key: string, attempt: number): string {
  return attempt <= 1 ? key : `${key}-${attempt}`;
}

export function keyOfJobId(id: string): string {
  return id.slice(0, 64);
}
