// The queue's pure core: environment comparison and queue names, refusal of results,
// machine warnings, the worker registry, throughput lines and `--queue` addresses.
import { describe, expect, it } from 'vitest';
import { redisOptions } from '../../src/queue/connection.ts';
import { environmentDifferences, machineWarnings, queueName, refusalOf } from '../../src/queue/environment.ts';
import { jobId, keyOfJobId, type WorkerInfo } from '../../src/queue/payload.ts';
import { liveWorkers, strangers, throughputLine, LIVE_MS, type Heartbeat } from '../../src/queue/status.ts';
import { testEnv, testWorker } from '../support/queue.ts';

const env = testEnv;
const worker = testWorker;
const key = 'a'.repeat(64);

describe('environment comparison', () => {
  it('finds no difference in an equal environment, one per differing key part otherwise', () => {
    expect(environmentDifferences(env, 'callgrind', structuredClone(env), 'callgrind')).toEqual([]);
    const other = { ...env, valgrind: undefined, python: { path: '/usr/local/bin/python3.12', version: '3.12.1' }, brisk: '0.2.0' };
    expect(environmentDifferences(env, 'callgrind', other, 'perf')).toEqual([
      "counter perf, the run's callgrind",
      "valgrind none, the run's valgrind-3.19.0",
      "python 3.12.1 (/usr/local/bin/python3.12), the run's 3.11.2 (/usr/bin/python3.11)",
      "brisk 0.2.0, the run's 0.1.0",
    ]);
  });

  it('gives each environment its own queue, and the same environment the same queue', () => {
    expect(queueName(env, 'callgrind')).toBe(queueName(structuredClone(env), 'callgrind'));
    expect(queueName(env, 'callgrind')).toMatch(/^callgrind-[0-9a-f]{12}$/);
    const names = new Set([
      queueName(env, 'callgrind'),
      queueName(env, 'perf'),
      queueName({ ...env, harnessVersion: 'h2' }, 'callgrind'),
      queueName({ ...env, node: { ...env.node, version: '20.20.3' } }, 'callgrind'),
      queueName({ ...env, meter: 'time' }, 'time'),
    ]);
    expect(names.size).toBe(5);
  });

  it('refuses a result measured elsewhere, naming the worker, and one that answers another job', () => {
    expect(refusalOf(env, 'callgrind', worker(), key, key)).toBeUndefined();
    const odd = worker({ name: 'old-box', env: { ...env, harnessVersion: 'h0' } });
    expect(refusalOf(env, 'callgrind', odd, key, key)).toBe(`worker "old-box" (box-a, pid 42) measured under another environment: harness h0, the run's h1`);
    expect(refusalOf(env, 'callgrind', worker(), key, 'b'.repeat(64))).toMatch(/^worker "w1" .* returned the result of another job \(bbbbbbbbbbbb, expected aaaaaaaaaaaa\)$/);
  });
});

describe('machine warnings', () => {
  it('warns about times from several machines and about several CPU models, and not about one machine', () => {
    expect(machineWarnings('time', [worker(), worker({ name: 'w2' })])).toEqual([]);
    expect(machineWarnings('instructions', [worker(), worker({ name: 'w2', host: 'box-b' })])).toEqual([]);
    const [time] = machineWarnings('time', [worker(), worker({ name: 'w2', host: 'box-b' })]);
    expect(time).toMatch(/^time meter across 2 machines \(box-a, box-b\): times from different machines are not comparable/);
    const [cpus] = machineWarnings('instructions', [worker(), worker({ name: 'w2', cpu: 'EPYC' })]);
    expect(cpus).toMatch(/^workers ran on 2 CPU models \(Xeon; EPYC\)/);
  });
});

describe('worker registry and throughput', () => {
  const beat = (name: string, seenAt: number, queue: string, over: Partial<WorkerInfo> = {}): string => JSON.stringify({ ...worker({ name, ...over }), queue, jobs: 2, seenAt } satisfies Heartbeat);

  it('keeps live, well-formed heartbeats only', () => {
    const now = 1_000_000;
    const live = liveWorkers({ a: beat('a', now - 1000, 'q'), b: beat('b', now - LIVE_MS - 1, 'q'), c: '{"name":1}', d: 'not json' }, now);
    expect(live.map((w) => w.name)).toEqual(['a']);
  });

  it("names live workers on other queues with why they take none of the run's jobs", () => {
    const now = 5000;
    const ws = liveWorkers({ a: beat('a', now, 'q'), b: beat('b', now, 'other', { env: { ...env, python: { path: '/opt/py', version: '3.12.0' } } }) }, now);
    expect(strangers(ws, 'q', env, 'callgrind')).toEqual([
      { worker: ws[1], message: `worker "b" (box-a, pid 42) takes none of this run's jobs: python 3.12.0 (/opt/py), the run's 3.11.2 (/usr/bin/python3.11)` },
    ]);
  });

  it('counts results per worker with their rate since the run began', () => {
    expect(throughputLine([], 0, 60_000)).toBe('workers: no results yet');
    const d = [
      { worker: 'b', at: 1 },
      { worker: 'a', at: 2 },
      { worker: 'b', at: 3 },
    ];
    expect(throughputLine(d, 0, 120_000)).toBe('workers: a 1 (0.5/min), b 2 (1.0/min)');
  });
});

describe('--queue addresses and job ids', () => {
  it('reads host, port, database and credentials, and names the option on bad input', () => {
    expect(redisOptions('redis://127.0.0.1:6390')).toMatchObject({ host: '127.0.0.1', port: 6390, db: 0, maxRetriesPerRequest: null });
    expect(redisOptions('redis://u:p%40ss@cache.lan/3')).toMatchObject({ host: 'cache.lan', port: 6379, db: 3, username: 'u', password: 'p@ss' });
    expect(redisOptions('rediss://h:1').tls).toEqual({});
    expect(() => redisOptions('127.0.0.1:6390')).toThrow(/^--queue: expected redis:\/\/HOST:PORT/);
    expect(() => redisOptions('http://h:1')).toThrow(/^--queue: expected redis:\/\/HOST:PORT or rediss/);
    expect(() => redisOptions('redis://h:1/x')).toThrow(/must be a database number/);
  });

  it('sends a job again under a new id that still names its store key', () => {
    expect(jobId(key, 1)).toBe(key);
    expect(jobId(key, 3)).toBe(`${key}-3`);
    expect(keyOfJobId(jobId(key, 3))).toBe(key);
  });
});
