// I/O shell of `brisk worker`: takes measurement jobs from the queue of its own environment,
// measures them with this machine's sandbox and meter, and returns the results. A worker
// killed mid-job loses its lock; BullMQ's stalled check gives the job to another worker.
import os from 'node:os';
import { UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { jobsFor } from '../evaluate/config.ts';
import { measureEnvironment, meterCounter, runnerContext } from '../runner-context.ts';
import { InstructionMeter, TimeMeter, type Meter } from '../measure/meter.ts';
import { PerfMeter } from '../measure/perf.ts';
import type { MeterRequest } from '../measure/select.ts';
import { PREFIX, reach, redisOptions, referenceBlobKey, WORKERS_KEY } from './connection.ts';
import { describeEnvironment, describeWorker, queueName } from './environment.ts';
import { JobMeasurer, JobRefused } from './measure-job.ts';
import type { Counter, Outcome, WorkerInfo } from './payload.ts';
import { HEARTBEAT_MS, type Heartbeat } from './status.ts';

export interface WorkerOptions {
  url: string;
  meter: MeterRequest;
  /** Jobs measured at once (default by meter, as `brisk run --jobs`). */
  jobs?: number;
  name?: string;
  suite: string;
  /** A job whose worker has not renewed its lock for this long goes back to the queue. */
  lockMs: number;
  log: (line: string) => void;
}

export interface RunningWorker {
  info: WorkerInfo;
  queue: string;
  /** Finishes the jobs in hand (or drops them with `force`), then leaves the registry. */
  close(force?: boolean): Promise<void>;
}

function newMeter(counter: Counter): Meter {
  if (counter === 'time') return new TimeMeter();
  return counter === 'perf' ? new PerfMeter() : new InstructionMeter();
}

export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const connection = redisOptions(opts.url);
  const redis = new Redis({ ...connection, lazyConnect: true });
  await reach(redis, opts.url);
  const ctx = await runnerContext(opts.meter, opts.log);
  const env = measureEnvironment(ctx);
  const counter = meterCounter(ctx.meter);
  const queue = queueName(env, counter);
  const { jobs, warning } = jobsFor(ctx.meter.meter.name, opts.jobs, { timesJavaScript: true }); // a worker may be sent any language
  if (warning) opts.log(warning);
  const info: WorkerInfo = {
    name: opts.name ?? `${os.hostname()}-${process.pid}`,
    host: os.hostname(),
    pid: process.pid,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    env,
    counter,
  };
  const who = describeWorker(info);
  const measurer = new JobMeasurer({
    suite: opts.suite,
    env,
    counter,
    info,
    executor: ctx.executor,
    newMeter: () => newMeter(counter),
    fetchReference: (key) => redis.get(referenceBlobKey(key)),
  });
  let lost = false;
  const onError = (err: Error) => {
    if (!lost) opts.log(`${who}: lost the connection to Redis (${err.message}); retrying`);
    lost = true;
  };
  redis.on('error', onError).on('ready', () => (lost = false));

  const worker = new Worker<unknown, Outcome>(
    queue,
    async (job) => {
      const started = Date.now();
      opts.log(`${job.name} ${label(job.data)}: started`);
      try {
        const outcome = await measurer.measure(job.data);
        const status = outcome.kind === 'sample' ? outcome.result.status : outcome.kind === 'reference' ? 'ok' : 'failed';
        opts.log(`${job.name} ${label(job.data)}: ${status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return outcome;
      } catch (err) {
        opts.log(`${job.name} ${label(job.data)}: not measured: ${(err as Error).message}`);
        if (err instanceof JobRefused && !err.elsewhere) throw new UnrecoverableError(err.message);
        throw err;
      }
    },
    {
      connection,
      prefix: PREFIX,
      name: info.name,
      concurrency: jobs,
      lockDuration: opts.lockMs,
      stalledInterval: opts.lockMs,
      // A job that kills its worker twice is failed, not handed round for ever.
      maxStalledCount: 2,
    },
  );
  worker.on('error', onError);
  await worker.waitUntilReady();

  const beat = () => {
    const hb: Heartbeat = { ...info, queue, jobs, seenAt: Date.now() };
    return redis.hset(WORKERS_KEY, info.name, JSON.stringify(hb)).catch(() => {});
  };
  await beat();
  const heart = setInterval(() => void beat(), HEARTBEAT_MS);
  opts.log(`${who}: taking jobs from ${queue} on ${opts.url}, ${jobs} at a time (${describeEnvironment(env, counter)})`);
  return {
    info,
    queue,
    async close(force = false) {
      clearInterval(heart);
      await worker.close(force);
      await redis.hdel(WORKERS_KEY, info.name).catch(() => {});
      redis.disconnect();
    },
  };
}

function label(data: unknown): string {
  const d = data as { problem?: { id?: string }; language?: string; key?: string };
  return `${d.problem?.id ?? '?'} (${d.language ?? '?'}, ${d.key?.slice(0, 8) ?? '?'})`;
}
