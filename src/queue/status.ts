// Pure: the coordinator's view of its workers, from their heartbeats and the results they
// delivered: who serves the run's queue, who cannot and why, and each one's throughput.
import { z } from 'zod';
import type { MeasureEnvironment } from '../evaluate/cache.ts';
import { describeWorker, environmentDifferences } from './environment.ts';
import { WorkerInfoSchema, type Counter } from './payload.ts';

/** A worker's entry in Redis, rewritten every few seconds while it runs. */
export const HeartbeatSchema = WorkerInfoSchema.extend({ queue: z.string(), jobs: z.number().int(), seenAt: z.number() });
export type Heartbeat = z.infer<typeof HeartbeatSchema>;

/** A worker whose heartbeat is older than this is taken for gone. */
export const HEARTBEAT_MS = 5_000;
export const LIVE_MS = 4 * HEARTBEAT_MS;

/** Live workers from the raw registry hash; entries that do not parse are skipped. */
export function liveWorkers(raw: Record<string, string>, now: number): Heartbeat[] {
  return Object.values(raw).flatMap((text) => {
    try {
      const hb = HeartbeatSchema.safeParse(JSON.parse(text));
      return hb.success && now - hb.data.seenAt <= LIVE_MS ? [hb.data] : [];
    } catch {
      return [];
    }
  });
}

/** Live workers on other queues than the run's, each with why it takes none of the run's jobs. */
export function strangers(workers: Heartbeat[], queue: string, env: MeasureEnvironment, counter: Counter): { worker: Heartbeat; message: string }[] {
  return workers
    .filter((w) => w.queue !== queue)
    .map((w) => {
      const diffs = environmentDifferences(env, counter, w.env, w.counter);
      return { worker: w, message: `${describeWorker(w)} takes none of this run's jobs: ${diffs.join('; ') || 'another queue'}` };
    });
}

export interface Delivery {
  worker: string;
  at: number;
}

/** `workers: a 12 (3.0/min), b 9 (2.3/min)`: results delivered and the rate since the first. */
export function throughputLine(deliveries: Delivery[], startedAt: number, now: number): string {
  if (deliveries.length === 0) return 'workers: no results yet';
  const minutes = Math.max((now - startedAt) / 60_000, 1 / 60);
  const counts = new Map<string, number>();
  for (const d of deliveries) counts.set(d.worker, (counts.get(d.worker) ?? 0) + 1);
  const parts = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([w, n]) => `${w} ${n} (${(n / minutes).toFixed(1)}/min)`);
  return `workers: ${parts.join(', ')}`;
}

/** What to do when no live worker serves the run's queue. */
export function noWorkerHint(queue: string, url: string, counter: Counter): string {
  const meter = counter === 'callgrind' ? 'instructions' : counter;
  return `queue: no live worker serves ${queue}; start one where Brisk is set up like here: npx brisk worker --queue ${url} --meter ${meter}`;
}
