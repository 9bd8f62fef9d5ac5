// `brisk run --queue` with real workers on loopback and the project's Redis, under faults:
// a worker killed -9 mid-job, the coordinator and Redis killed -9 and the command re-run, a
// worker paused past its lock (the job delivered twice), a worker that cannot run a sample,
// and workers or results from another environment. Each queue run must give the numbers of
// a local run (instruction counts are bit-identical across processes). Tiny problems keep
// this to a few minutes; scripts/queue-faults.sh runs it with more samples.
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PREFIX, redisOptions } from '../../src/queue/connection.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { FIXTURE_SUITE, PORT, URL, jobsIn, killAll, numbers, readResults, redis, runArgs, startRun, startWorker, storeCounts, waitFor, type Proc } from '../support/queue-processes.ts';

const started = redis('start');
if (started.skip) console.log(`queue fault tests skipped: ${started.skip}`);
else if (!started.ok) throw new Error(`scripts/redis.sh start --port ${PORT} failed: ${started.output}`);

const dir = mkdtempSync(path.join(os.tmpdir(), 'brisk-queue-'));
const line = (task: string, solution: string) => JSON.stringify({ task_id: task, solution });
const SUM = 'def list_sum(xs):\n    return sum(xs)\n';
const SLOWER = 'def list_sum(xs):\n    return sum(list(xs))\n';
const FAILS = "def list_sum(xs):\n    raise ValueError('no')\n";
const MAX = 'def list_max(xs):\n    return sorted(xs)[-1]\n';
// BRISK_QUEUE_FULL=1 (scripts/queue-faults.sh): more samples, so more jobs are in flight at each fault.
const FULL = process.env.BRISK_QUEUE_FULL === '1';
const SUMS = [
  SUM,
  SLOWER,
  FAILS,
  ...(FULL ? ['def list_sum(xs):\n    return sum(sorted(xs))\n', 'import functools\ndef list_sum(xs):\n    return functools.reduce(lambda a, b: a + b, xs, 0)\n'] : []),
];
const MAXES = [MAX, ...(FULL ? ['def list_max(xs):\n    m = xs[0]\n    for x in xs:\n        m = x if x > m else m\n    return m\n', 'def list_max(xs):\n    return xs[0]\n'] : [])];
const samples = path.join(dir, 'm.jsonl');
writeFileSync(samples, [...SUMS.map((s) => line('list-sum', s)), ...MAXES.map((s) => line('list-max', s))].join('\n'));
const SAMPLES = SUMS.length + MAXES.length;
const SUM_SAMPLES = SUMS.length;

const local = path.join(dir, 'local');
let localRun: Proc | undefined;
const workers: Proc[] = [];
const finished = async (p: Proc) => {
  const r = await p.proc;
  expect(r.exitCode, `${p.name}: ${p.log()}`).toBe(0);
};
let localDone: Promise<void>;
/**
 * A fresh store holding the local run's references (as soon as they are stored) or, with
 * `all`, everything it stored; rows are read through SQLite, which sees its WAL too.
 */
async function seedStore(file: string, what: 'references' | 'all'): Promise<void> {
  if (what === 'all') await localDone;
  else await waitFor(() => storeCounts(`${local}.sqlite`).references === 2, 300_000, "the local run's references");
  const from = new Database(`${local}.sqlite`, { readonly: true });
  const to = SqliteStore.open(file);
  type Row = { key: string; problem: string; language: string; body: string };
  for (const r of from.prepare('SELECT key, problem, language, reference AS body FROM reference_results').all() as Row[]) to.putReference(r.key, JSON.parse(r.body), r);
  if (what === 'all') for (const r of from.prepare('SELECT key, problem, language, result AS body FROM sample_results').all() as Row[]) to.putSample(r.key, JSON.parse(r.body), r);
  from.close();
  to.close();
}
const flush = async () => {
  const r = new Redis(redisOptions(URL));
  await r.flushall();
  r.disconnect();
};

describe.skipIf(started.skip !== undefined)('brisk run --queue under faults', () => {
  beforeAll(async () => {
    await flush();
    // The local run goes alongside the first queue run: counts do not depend on load.
    localRun = startRun('local run', runArgs(samples, `${local}.sqlite`, local, false));
    localDone = finished(localRun);
    localDone.catch(() => {});
  });
  afterEach(async () => {
    await killAll();
    workers.length = 0;
    await flush();
  });
  afterAll(() => {
    // Left running when it was running before (`.ci/run` stops its own).
    if (!started.output.includes('already running')) redis('stop');
  });

  it("gives a local run's numbers; a worker killed -9 mid-job has its job retried elsewhere and counted once", async () => {
    workers.push(...(await Promise.all([startWorker('w1'), startWorker('w2')])));
    const out = path.join(dir, 'a');
    const run = startRun('coordinator', runArgs(samples, `${out}.sqlite`, out, true));
    // Mid-job: w1 has started a sample (the references are done) and not finished it.
    await waitFor(() => jobsIn(workers[0]!.log(), 'started').length > jobsIn(workers[0]!.log(), 'finished').length, 300_000, 'w1 to start a sample');
    const killed = jobsIn(workers[0]!.log(), 'started').at(-1)!;
    workers[0]!.proc.kill('SIGKILL');
    await finished(run);
    await localDone;
    expect(jobsIn(workers[1]!.log(), 'finished')).toContain(killed);
    expect(storeCounts(`${out}.sqlite`)).toEqual({ samples: SAMPLES, references: 2, duplicates: 0 });
    const r = readResults(out);
    expect(numbers(r, ['list-sum', 'list-max'])).toEqual(numbers(readResults(local), ['list-sum', 'list-max']));
    const all = r.entrants[0]!.problems.flatMap((p) => p.samples);
    // Not vacuous: samples were measured and scored, and the failing one failed.
    expect(all.filter((s) => s.status === 'passed' && s.levels.every((l) => l.cost! > 0)).length).toBeGreaterThanOrEqual(3);
    expect(all.some((s) => s.status === 'error')).toBe(true);
    // Every result names its worker, and results.json lists exactly those workers.
    const by = [...all.map((s) => s.measuredBy), ...r.references.map((x) => x.measuredBy)];
    expect(by.every((w) => w === 'w1' || w === 'w2')).toBe(true);
    expect(r.environment.workers!.map((w) => w.name).sort()).toEqual([...new Set(by)].sort());
    expect(r.environment.workers!.reduce((n, w) => n + w.results!, 0)).toBe(SAMPLES + 2);
    // Progress counted every sample once, and named each worker's throughput.
    expect(run.log()).toMatch(new RegExp(`\\[samples ${SAMPLES}/${SAMPLES} 100%\\] .*\\| workers: w\\d \\d+ \\([\\d.]+/min\\)`));
  }, 600_000);

  it('resumes from the store and the queue when the coordinator and then Redis were killed -9', async () => {
    workers.push(...(await Promise.all([startWorker('w1'), startWorker('w2')])));
    const out = path.join(dir, 'b');
    await seedStore(`${out}.sqlite`, 'references');
    const args = runArgs(samples, `${out}.sqlite`, out, true, 'list-sum');
    const first = startRun('coordinator', args);
    // Killed as soon as a worker has started a sample: waiting for a stored (or a finished) one
    // let all three land within one poll on a quiet machine (CI, 2026-12-04), and nothing was
    // left to resume.
    await waitFor(() => workers.flatMap((w) => jobsIn(w.log(), 'started')).length >= 1, 300_000, 'a first started sample');
    first.proc.kill('SIGKILL');
    await first.proc;
    const atKill = storeCounts(`${out}.sqlite`).samples;
    const doneAtKill = workers.flatMap((w) => jobsIn(w.log(), 'finished')).length;
    const killedAt = Date.now();
    // While nobody collects, the workers go on (unless, on a loaded machine, they had already
    // finished every job the coordinator had queued: it queues as it schedules, so then they
    // stay idle); then Redis dies too and comes back from its AOF.
    await waitFor(
      () => {
        const done = workers.flatMap((w) => jobsIn(w.log(), 'finished')).length;
        const idle = workers.flatMap((w) => jobsIn(w.log(), 'started')).length === done && Date.now() - killedAt > 5000;
        return done > doneAtKill || done >= SUM_SAMPLES || idle;
      },
      300_000,
      'a result while the coordinator is down',
    );
    expect(redis('kill').ok).toBe(true);
    expect(redis('start').ok).toBe(true);
    const again = startRun('coordinator again', args);
    await finished(again);
    expect(atKill).toBeLessThan(SUM_SAMPLES);
    const reused = again.log().match(/store: (\d+) sample result\(s\) and (\d+) reference\(s\) reused/);
    expect(reused?.slice(1).map(Number)).toEqual([atKill, 1]);
    expect(storeCounts(`${out}.sqlite`)).toEqual({ samples: SUM_SAMPLES, references: 2, duplicates: 0 });
    // Each sample measured once: what finished while the coordinator was down was collected.
    const measured = workers.flatMap((w) => jobsIn(w.log(), 'finished'));
    expect(measured).toHaveLength(SUM_SAMPLES);
    expect(new Set(measured).size).toBe(SUM_SAMPLES);
    await localDone;
    expect(numbers(readResults(out), ['list-sum'])).toEqual(numbers(readResults(local), ['list-sum']));
  }, 600_000);

  it('stores once a job delivered to two workers (the first paused past its lock)', async () => {
    workers.push(...(await Promise.all([startWorker('w1'), startWorker('w2')])));
    const out = path.join(dir, 'd');
    await seedStore(`${out}.sqlite`, 'references');
    const run = startRun('coordinator', runArgs(samples, `${out}.sqlite`, out, true, 'list-sum'));
    const [w1, w2] = workers as [Proc, Proc];
    await waitFor(() => jobsIn(w1.log(), 'started').length > jobsIn(w1.log(), 'finished').length, 300_000, 'w1 to start a sample');
    const paused = jobsIn(w1.log(), 'started').at(-1)!;
    w1.proc.kill('SIGSTOP');
    await waitFor(() => jobsIn(w2.log(), 'finished').includes(paused), 300_000, 'w2 to measure the paused job');
    w1.proc.kill('SIGCONT');
    await finished(run);
    await waitFor(() => jobsIn(w1.log(), 'finished').includes(paused), 300_000, 'w1 to finish its copy');
    expect(storeCounts(`${out}.sqlite`)).toEqual({ samples: SUM_SAMPLES, references: 2, duplicates: 0 });
    expect(run.log()).toContain(`[samples ${SUM_SAMPLES}/${SUM_SAMPLES} 100%]`);
    await localDone;
    expect(numbers(readResults(out), ['list-sum'])).toEqual(numbers(readResults(local), ['list-sum']));
  }, 600_000);

  it('gives a sample no worker can run a status and goes on; refuses results and workers of another environment, naming them', async () => {
    // The store already holds both references (the local run's); the samples are new.
    const out = path.join(dir, 'e');
    await seedStore(`${out}.sqlite`, 'all');
    const news = path.join(dir, 'new.jsonl');
    writeFileSync(news, [line('list-sum', `# new\n${SUM}`), line('list-sum', `# new\n${SLOWER}`), line('list-max', `# new\n${MAX}`)].join('\n'));
    // A worker whose checkout lacks list-max, and one whose Python lives elsewhere.
    const partial = path.join(dir, 'partial');
    for (const sub of ['problems', 'reference-solutions']) {
      mkdirSync(path.join(partial, sub), { recursive: true });
      symlinkSync(path.join(FIXTURE_SUITE, sub, 'list-sum'), path.join(partial, sub, 'list-sum'));
    }
    const python = path.join(dir, 'python3.11');
    copyFileSync('/usr/bin/python3.11', python);
    const odd = await startWorker('odd', { env: { BRISK_PYTHON: python } });
    const run = startRun('coordinator', runArgs(news, `${out}.sqlite`, out, true));
    await waitFor(() => /queue: sending jobs to (\S+)/.test(run.log()), 120_000, 'the coordinator');
    const queue = run.log().match(/queue: sending jobs to (\S+)/)![1]!;
    // A rogue worker on the run's queue answers one job as if measured under Python 3.12.
    const rogue = new Worker(queue, null, { connection: redisOptions(URL), prefix: PREFIX, autorun: false });
    const job = (await waitForJob(rogue))!;
    const result = { status: 'passed', passed: true, score: 1, levels: [], wallMs: 1 };
    const env = { ...job.data.env, python: { ...job.data.env.python, version: '3.12.0' } };
    await job.moveToCompleted({ kind: 'sample', key: job.data.key, worker: { name: 'rogue', host: 'x', pid: 1, cpu: 'y', cores: 1, env, counter: job.data.counter }, result }, 'rogue-token', false);
    await rogue.close();
    workers.push(await startWorker('partial', { suite: partial }));
    await finished(run);
    const log = run.log();
    expect(log).toMatch(
      /queue: refused the result for list-\w+ sample \(python\): worker "rogue" \(x, pid 1\) measured under another environment: python 3\.12\.0 \(\/usr\/bin\/python3\.11\), the run's 3\.11\.2/,
    );
    expect(log).toContain(`queue: worker "odd" (${os.hostname()}, pid ${odd.proc.pid}) takes none of this run's jobs: python 3.11.2 (${python}), the run's 3.11.2 (/usr/bin/python3.11)`);
    const r = readResults(out);
    const byProblem = Object.fromEntries(r.entrants[0]!.problems.map((p) => [p.id, p.samples]));
    expect(byProblem['list-sum']!.map((s) => [s.status, s.measuredBy])).toEqual([
      ['passed', 'partial'],
      ['passed', 'partial'],
    ]);
    expect(byProblem['list-max']![0]!.status).toBe('sandbox_error');
    expect(byProblem['list-max']![0]!.message).toMatch(/^not measured: worker "partial" .* cannot load list-max from its suite/);
    // Not the sample's fault: not stored, so the next run tries again.
    expect(storeCounts(`${out}.sqlite`).samples).toBe(SAMPLES + 2);
  }, 600_000);
});

/** The next job of the rogue worker's queue, waiting for one to arrive. */
async function waitForJob(w: Worker) {
  for (let i = 0; i < 600; i++) {
    const job = await w.getNextJob('rogue-token', { block: false });
    if (job) return job;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no job reached the rogue worker');
}
