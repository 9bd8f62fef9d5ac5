// The coordinator's own cost per job, with workers that answer at once (no measuring): its CPU
// time, Redis commands, bytes and memory per job, and the jobs per second one coordinator and
// one Redis sustain. docs/queue.md turns these into the bottleneck estimate at 100 workers.
//   node --import tsx scripts/queue-bench.mts [--jobs N] [--port P]
// It starts its own Redis (scripts/redis.sh, port 6393 by default) and stops it at the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'bullmq';
import { execa } from 'execa';
import { Redis } from 'ioredis';
import pLimit from 'p-limit';
import { CachedMeasure, referenceKey, type MeasureEnvironment, type StoredReference } from '../src/evaluate/cache.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../src/evaluate/config.ts';
import { buildTests, inputsDigest } from '../src/problem/inputs.ts';
import { loadProblem, PACKAGE_ROOT } from '../src/problem/load.ts';
import { PREFIX, redisOptions } from '../src/queue/connection.ts';
import { QueueCoordinator } from '../src/queue/coordinator.ts';
import { queueName } from '../src/queue/environment.ts';
import type { Outcome, WorkerInfo } from '../src/queue/payload.ts';
import { SqliteStore } from '../src/store/sqlite.ts';

const { values } = parseArgs({ options: { jobs: { type: 'string', default: '2000' }, port: { type: 'string', default: '6393' }, role: { type: 'string' } } });
const N = Number(values.jobs);
const url = `redis://127.0.0.1:${values.port}`;
const env: MeasureEnvironment = {
  meter: 'instructions',
  valgrind: 'valgrind-3.19.0',
  python: { path: '/usr/bin/python3.11', version: '3.11.2' },
  node: { path: process.execPath, version: process.versions.node },
  harnessVersion: 'bench',
  brisk: '0.1.0',
};
const suite = path.join(PACKAGE_ROOT, 'test/fixtures/queue-suite');
const problem = await loadProblem(suite, 'list-sum');
const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 1, memory: false, tierMetrics: false };
const tests = buildTests(problem.spec, cfg.suiteSeed);
const scored = tests.flatMap((t, i) => (t.level > 0 ? [i] : []));
// No measuring happens here: CachedMeasure sends everything to the queue.
const noExecutor = { run: () => Promise.reject(new Error('queue-bench measures nothing')) };
const noMeter = { name: 'instructions', unit: 'instructions', timesNatively: false, costs: () => Promise.reject(new Error('queue-bench measures nothing')) } as const;
const reference: StoredReference = { tier: 'expert', digest: inputsDigest(tests), expected: tests.map(() => 0), refNs: tests.map(() => 1e6), refCost: scored.map((i) => [i, 1000]) };

if (values.role === 'worker') await answerAtOnce();
else await coordinate();

/** A worker process that answers every job at once with a plausible result. */
async function answerAtOnce(): Promise<void> {
  const info: WorkerInfo = { name: 'instant', host: os.hostname(), pid: process.pid, cpu: 'bench', cores: 1, env, counter: 'callgrind' };
  const levels = problem.spec.levels.slice(1).map((l) => ({ name: l.name, weight: l.weight, cost: 1100, refCost: 1000, ratio: 1.1, efficiency: 0.9, censored: false }));
  const worker = new Worker(
    queueName(env, 'callgrind'),
    async (job): Promise<Outcome> =>
      job.name === 'reference'
        ? { kind: 'reference', key: job.data.key, worker: info, reference }
        : { kind: 'sample', key: job.data.key, worker: info, result: { status: 'passed', passed: true, score: 0.9, levels, wallMs: 250, totalCost: 3300 } },
    { connection: redisOptions(url), prefix: PREFIX, concurrency: 64, drainDelay: 1, autorun: false },
  );
  await worker.waitUntilReady();
  process.stdout.write('ready\n');
  void worker.run();
  process.on('SIGTERM', () => {
    const cpu = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
    void worker.close(true).then(() => process.exit(0));
  });
}

async function coordinate(): Promise<void> {
  const redisSh = (action: string) => spawnSync('bash', [path.join(PACKAGE_ROOT, 'scripts/redis.sh'), action, '--port', values.port!], { stdio: 'inherit' });
  redisSh('start');
  const admin = new Redis(redisOptions(url));
  await admin.flushall();
  await admin.config('RESETSTAT');
  const store = SqliteStore.open(path.join(mkdtempSync(path.join(os.tmpdir(), 'brisk-qbench-')), 'bench.sqlite'));
  const coordinator = await QueueCoordinator.open({ url, runId: 'bench', env, counter: 'callgrind', log: () => {} });
  const measure = new CachedMeasure(store, env, { executor: noExecutor, meter: noMeter, cfg }, coordinator);
  const sources = Array.from({ length: N }, (_, i) => `def list_sum(xs):\n    return sum(xs)  # ${i}\n`);
  const limit = pLimit(N);

  // The reference is in the store already; phase 1: every sample job enqueued and none taken.
  const file = problem.references.python!.at(-1)!.file;
  store.putReference(referenceKey(env, cfg, problem, 'python', readFileSync(file, 'utf8'), reference.digest), reference, { problem: 'list-sum', language: 'python' });
  const before = await info(admin);
  const { ref } = await measure.reference(problem, 'python');
  const pending = Promise.all(sources.map((s) => limit(() => measure.sample(ref, s, 'python'))));
  const queue = queueName(env, 'callgrind');
  await waitFor(async () => (await admin.llen(`${PREFIX}:${queue}:wait`)) === N);
  const full = await info(admin);

  // Phase 2: the worker answers everything; the coordinator collects and stores.
  const worker = execa('node', ['--import', 'tsx', import.meta.filename, '--role', 'worker', '--port', values.port!], { cwd: PACKAGE_ROOT });
  await new Promise<void>((resolve) => worker.stdout!.once('data', () => resolve()));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await pending;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const after = await info(admin);
  worker.kill('SIGTERM');
  const workerCpu = JSON.parse((await worker).stdout.trim().split('\n').at(-1)!) as { cpuMs: number };
  await coordinator.close();
  store.close();
  admin.disconnect();
  redisSh('stop');

  const per = (x: number) => (x / N).toFixed(1);
  const rows = [
    ['jobs (samples; the reference is in the store)', String(N)],
    ['wall time, all collected and stored', `${seconds.toFixed(1)} s (${(N / seconds).toFixed(0)} jobs/s)`],
    ['coordinator CPU per job', `${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms`],
    ['instant worker CPU per job', `${(workerCpu.cpuMs / N).toFixed(2)} ms`],
    ['Redis CPU per job', `${(((after.cpu - before.cpu) * 1000) / N).toFixed(2)} ms`],
    // Redis 7 counts the commands BullMQ's Lua scripts run inside, one EVALSHA each.
    ['Redis commands per job (inside scripts too)', per(after.commands - before.commands)],
    ['of which BullMQ script calls (EVALSHA)', per((after.byCommand.evalsha ?? 0) - (before.byCommand.evalsha ?? 0))],
    ['bytes into Redis per job', per(after.netIn - before.netIn)],
    ['bytes out of Redis per job', per(after.netOut - before.netOut)],
    ['Redis memory per waiting job', `${per(full.memory - before.memory)} bytes`],
    ['Redis memory left after the run', `${((after.memory - before.memory) / 1024).toFixed(0)} KiB`],
  ];
  for (const [k, v] of rows) console.log(`${k!.padEnd(46)} ${v}`);
  const top = Object.entries(after.byCommand)
    .map(([c, n]) => [c, (n - (before.byCommand[c] ?? 0)) / N] as const)
    .filter(([, n]) => n >= 0.5)
    .sort((a, b) => b[1] - a[1]);
  console.log(`per job, by command: ${top.map(([c, n]) => `${c} ${n.toFixed(1)}`).join(', ')}`);
}

async function info(r: Redis) {
  const text = await r.info('everything');
  const num = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(text)?.[1] ?? NaN);
  const byCommand = Object.fromEntries([...text.matchAll(/^cmdstat_(\S+):calls=(\d+)/gm)].map((m) => [m[1]!, Number(m[2])]));
  return {
    commands: num('total_commands_processed'),
    netIn: num('total_net_input_bytes'),
    netOut: num('total_net_output_bytes'),
    cpu: num('used_cpu_user') + num('used_cpu_sys'),
    memory: num('used_memory'),
    byCommand,
  };
}

async function waitFor(cond: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 6000; i++) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('queue-bench: timed out');
}
