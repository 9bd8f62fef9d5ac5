// `--queue redis://[user:password@]HOST:PORT[/DB]` into connection options, the names of
// everything Brisk keeps in Redis, and a first contact that fails fast.
import type { RedisOptions } from 'bullmq';
import { UsageError } from '../errors.ts';
import type { Redis } from 'ioredis';

export function redisOptions(url: string): RedisOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`--queue: expected redis://HOST:PORT, got "${url}"`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new UsageError(`--queue: expected redis://HOST:PORT or rediss://, got "${url}"`);
  if (!u.hostname) throw new UsageError(`--queue: no host in "${url}"`);
  const db = u.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new UsageError(`--queue: the path of "${url}" must be a database number, e.g. redis://HOST:PORT/0`);
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : 6379,
    db: db === '' ? 0 : Number(db),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // BullMQ's blocking calls need commands to wait for a reconnect rather than fail.
    maxRetriesPerRequest: null,
  };
}

/** Prefix of every key: BullMQ's queues and Brisk's own. */
export const PREFIX = 'brisk';

/** A reference's measurement, which workers need to score samples against it. */
export const referenceBlobKey = (key: string) => `${PREFIX}:reference:${key}`;

/** Hash of live workers: name -> their WorkerInfo, queue and last heartbeat. */
export const WORKERS_KEY = `${PREFIX}:workers`;

/** Published references and finished jobs are kept a week, then Redis forgets them. */
export const KEEP_SECONDS = 7 * 24 * 3600;

/** Fails in seconds, with the fix, when Redis is not there (ioredis would retry for ever). */
export async function reach(redis: Redis, url: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer in 10 s')), 10_000)));
  // The socket's own error (ECONNREFUSED, ENOTFOUND) says more than the rejected connect().
  let first: Error | undefined;
  const onError = (err: Error) => (first ??= err);
  redis.on('error', onError);
  try {
    await Promise.race([redis.connect().then(() => redis.ping()), timeout]);
  } catch (err) {
    redis.disconnect();
    throw new Error(`--queue ${url}: cannot reach Redis (${(first ?? (err as Error)).message}); start it with scripts/redis.sh start, or check the address`);
  } finally {
    clearTimeout(timer);
    redis.off('error', onError);
  }
}
