// I/O shell of `brisk run --queue`: sends each measurement CachedMeasure asks for to the
// run's BullMQ queue and hands back what a worker returns. Results are matched to work by
// their store key, not by delivery, so a job delivered twice is used once; a job stays in
// Redis until its result is in the coordinator's store, so a killed coordinator loses nothing.
import { readFileSync } from 'node:fs';
import { Job as BullJob, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { sha256, toStored, type MeasureEnvironment, type RemoteMeasure, type StoredReference } from '../evaluate/cache.ts';
import type { SampleResult } from '../evaluate/candidate.ts';
import { ReferenceFailure, type ProblemReference } from '../evaluate/reference.ts';
import type { Results } from '../report/schema.ts';
import { KEEP_SECONDS, PREFIX, reach, redisOptions, referenceBlobKey, WORKERS_KEY } from './connection.ts';
import { describeEnvironment, machineWarnings, queueName, refusalOf } from './environment.ts';
import { jobId, keyOfJobId, OutcomeSchema, payloadError, referenceJob, sampleJob, type Counter, type Job, type Outcome, type RunHeader, type WorkerInfo } from './payload.ts';
import { liveWorkers, noWorkerHint, strangers, throughputLine, type Delivery } from './status.ts';

/** Sends of one job whose results were refused before the work counts as not measurable. */
const MAX_SENDS = 3;
const JOB_OPTIONS = {
  // A worker that fails a job (its copy of a problem differs, say) leaves it to another.
  attempts: 3,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: KEEP_SECONDS },
  removeOnFail: { age: KEEP_SECONDS },
};

export interface CoordinatorOptions {
  url: string;
  runId: string;
  env: MeasureEnvironment;
  counter: Counter;
  log: (line: string) => void;
  /** How often the worker registry is read, ms. */
  pollMs?: number;
}

/** No worker could measure the job: it failed on every attempt, or every result was refused. */
class JobFailure extends Error {}

interface Pending {
  payload: Job;
  label: string;
  sends: number;
  resolve: (o: Outcome) => void;
  reject: (e: Error) => void;
}

export class QueueCoordinator implements RemoteMeasure {
  readonly queueName: string;
  private readonly pending = new Map<string, Pending>();
  /** Job id of each key's result, removed from Redis once the result is in the store. */
  private readonly finished = new Map<string, string>();
  private readonly published = new Map<string, Promise<unknown>>();
  private readonly workers = new Map<string, { info: WorkerInfo; results: number }>();
  private readonly deliveries: Delivery[] = [];
  private readonly told = new Set<string>();
  private readonly startedAt = Date.now();
  private poll?: NodeJS.Timeout;
  private idleSince = Date.now();
  /** `${problem}\0${language}` -> the worker that measured that reference. */
  readonly referenceWorkers = new Map<string, string>();

  private constructor(
    private readonly opts: CoordinatorOptions,
    private readonly redis: Redis,
    private readonly queue: Queue,
    private readonly events: QueueEvents,
  ) {
    this.queueName = queueName(opts.env, opts.counter);
  }

  static async open(opts: CoordinatorOptions): Promise<QueueCoordinator> {
    const connection = redisOptions(opts.url);
    const redis = new Redis({ ...connection, lazyConnect: true });
    await reach(redis, opts.url);
    let lost = false;
    const onError = (err: Error) => {
      if (!lost) opts.log(`queue: lost the connection to Redis (${err.message}); retrying`);
      lost = true;
    };
    redis.on('error', onError).on('ready', () => (lost = false));
    const name = queueName(opts.env, opts.counter);
    const queue = new Queue(name, { connection, prefix: PREFIX });
    const events = new QueueEvents(name, { connection, prefix: PREFIX });
    queue.on('error', onError);
    events.on('error', onError);
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    const c = new QueueCoordinator(opts, redis, queue, events);
    events.on('completed', ({ jobId, returnvalue }) => c.completed(jobId, returnvalue));
    events.on('failed', ({ jobId, failedReason }) => c.failed(jobId, failedReason));
    const look = () => void c.lookAtWorkers().catch(() => {});
    look();
    c.poll = setInterval(look, opts.pollMs ?? 10_000);
    opts.log(`queue: sending jobs to ${name} on ${opts.url} (${describeEnvironment(opts.env, opts.counter)})`);
    return c;
  }

  async reference(job: Parameters<RemoteMeasure['reference']>[0]): Promise<StoredReference> {
    const { problem, language, expectedFrom } = job;
    const id = problem.spec.id;
    if (expectedFrom) await this.publish(expectedFrom.key, expectedFrom.ref);
    const file = problem.references[language]!.at(-1)!.file;
    const payload = referenceJob(this.run, job, sha256(readFileSync(file, 'utf8')));
    let outcome: Outcome;
    try {
      outcome = await this.submit(payload, `${id} (${language} reference)`);
    } catch (err) {
      if (err instanceof JobFailure) throw new ReferenceFailure(`${id}: ${language} reference not measured: ${err.message}`);
      throw err;
    }
    if (outcome.kind === 'reference_error') throw new ReferenceFailure(outcome.message);
    if (outcome.kind !== 'reference') throw new ReferenceFailure(`${id}: ${language} reference: a worker answered with a ${outcome.kind} result`);
    this.referenceWorkers.set(`${id}\0${language}`, outcome.worker.name);
    return outcome.reference;
  }

  async sample(job: Parameters<RemoteMeasure['sample']>[0]): Promise<{ result: SampleResult; keep: boolean }> {
    const { ref, language } = job;
    await this.publish(ref.key, ref.ref);
    const id = ref.ref.problem.spec.id;
    const payload = sampleJob(this.run, job);
    try {
      const outcome = await this.submit(payload, `${id} sample (${language})`);
      if (outcome.kind !== 'sample') throw new JobFailure(`a worker answered with a ${outcome.kind} result`);
      return { result: { ...outcome.result, measuredBy: outcome.worker.name } as SampleResult, keep: true };
    } catch (err) {
      if (!(err instanceof JobFailure)) throw err;
      // Not the sample's doing: reported, not stored, so the next run tries it again.
      return { result: { status: 'sandbox_error', passed: false, score: 0, message: `not measured: ${err.message}`, levels: [], wallMs: 0 }, keep: false };
    }
  }

  /** The result is in the store: its job may leave Redis. */
  stored(key: string): void {
    const id = this.finished.get(key);
    if (id === undefined) return;
    this.finished.delete(key);
    void this.queue.remove(id).catch(() => {});
  }

  /** One line for the progress display: per-worker throughput, and what is still out. */
  statusLine(): string {
    return `${throughputLine(this.deliveries, this.startedAt, Date.now())}; ${this.pending.size} job(s) out`;
  }

  /** The workers that delivered results, and warnings about where the run was measured. */
  summary(): { workers: NonNullable<Results['environment']['workers']>; warnings: string[] } {
    const workers = [...this.workers.values()].map(({ info, results }) => ({ name: info.name, host: info.host, pid: info.pid, cpu: info.cpu, cores: info.cores, results }));
    return { workers, warnings: machineWarnings(this.opts.env.meter, workers) };
  }

  async close(): Promise<void> {
    clearInterval(this.poll);
    await Promise.allSettled([this.events.close(), this.queue.close()]);
    this.redis.disconnect();
  }

  private get run(): RunHeader {
    return { runId: this.opts.runId, env: this.opts.env, counter: this.opts.counter };
  }

  /** Workers read a reference from Redis to score samples against it; written once per run. */
  private publish(key: string, ref: ProblemReference): Promise<unknown> {
    let done = this.published.get(key);
    if (!done) {
      done = this.redis.set(referenceBlobKey(key), JSON.stringify(toStored(ref)), 'EX', KEEP_SECONDS);
      this.published.set(key, done);
    }
    return done;
  }

  private submit(payload: Job, label: string): Promise<Outcome> {
    return new Promise<Outcome>((resolve, reject) => {
      const p: Pending = { payload, label, sends: 0, resolve, reject };
      this.pending.set(payload.key, p);
      this.send(p).catch((err: unknown) => {
        this.pending.delete(payload.key);
        reject(err as Error);
      });
    });
  }

  /**
   * Adds the job (a no-op when a job of that id is already queued, running or done: the
   * resumed coordinator's case), then looks at it once, since its result may predate us.
   */
  private async send(p: Pending): Promise<void> {
    p.sends++;
    const id = jobId(p.payload.key, p.sends);
    await this.queue.add(p.payload.kind, p.payload, { ...JOB_OPTIONS, jobId: id });
    // The state first, then the job: read the other way round, a result that lands in between
    // pairs 'completed' with the job as it was before (no return value yet).
    const state = await this.queue.getJobState(id);
    if (state !== 'completed' && state !== 'failed') return;
    const job = await BullJob.fromId(this.queue, id);
    if (job && state === 'completed') this.completed(id, job.returnvalue);
    else if (job && state === 'failed') {
      // A failure left by an earlier run is tried again; one of ours is final.
      if (job.finishedOn !== undefined && job.finishedOn < this.startedAt) await job.retry('failed', { resetAttemptsMade: true });
      else this.failed(id, job.failedReason);
    }
  }

  private completed(id: string, value: unknown): void {
    const key = keyOfJobId(id);
    const p = this.pending.get(key);
    // Not ours, or delivered before: the store key already has its result.
    if (!p || id !== jobId(key, p.sends)) return;
    const parsed = OutcomeSchema.safeParse(value);
    const refusal = parsed.success ? refusalOf(this.opts.env, this.opts.counter, parsed.data.worker, key, parsed.data.key) : payloadError('a worker returned a malformed result', parsed.error);
    if (refusal || !parsed.success) {
      this.tellOnce(refusal!, `queue: refused the result for ${p.label}: ${refusal}`);
      void this.queue.remove(id).catch(() => {});
      if (p.sends >= MAX_SENDS) {
        this.settle(key, () => p.reject(new JobFailure(`every result was refused; the last: ${refusal}`)));
        return;
      }
      this.send(p).catch((err: unknown) => this.settle(key, () => p.reject(err as Error)));
      return;
    }
    const outcome = parsed.data;
    const w = this.workers.get(outcome.worker.name) ?? { info: outcome.worker, results: 0 };
    w.results++;
    this.workers.set(outcome.worker.name, w);
    this.deliveries.push({ worker: outcome.worker.name, at: Date.now() });
    this.finished.set(key, id);
    this.settle(key, () => p.resolve(outcome));
  }

  private failed(id: string, reason: string): void {
    const key = keyOfJobId(id);
    const p = this.pending.get(key);
    if (!p || id !== jobId(key, p.sends)) return;
    this.settle(key, () => p.reject(new JobFailure(reason)));
  }

  private settle(key: string, then: () => void): void {
    this.pending.delete(key);
    then();
  }

  private tellOnce(topic: string, line: string): void {
    if (this.told.has(topic)) return;
    this.told.add(topic);
    this.opts.log(line);
  }

  /** Says, once each, which live workers take none of the run's jobs, and when none serves it. */
  private async lookAtWorkers(): Promise<void> {
    const workers = liveWorkers(await this.redis.hgetall(WORKERS_KEY), Date.now());
    for (const s of strangers(workers, this.queueName, this.opts.env, this.opts.counter)) this.tellOnce(`stranger ${s.worker.name}`, `queue: ${s.message}`);
    if (workers.some((w) => w.queue === this.queueName) || this.pending.size === 0) this.idleSince = Date.now();
    else if (Date.now() - this.idleSince > 30_000) {
      this.idleSince = Date.now();
      this.opts.log(noWorkerHint(this.queueName, this.opts.url, this.opts.counter));
    }
  }
}
