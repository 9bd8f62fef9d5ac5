// Real processes for the queue's fault tests: the project's Redis (scripts/redis.sh), `brisk
// worker`s and `brisk run --queue` coordinators, with their stderr kept for assertions.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { execa, type ResultPromise } from 'execa';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import type { Results } from '../../src/report/schema.ts';

export const FIXTURE_SUITE = path.join(PACKAGE_ROOT, 'test/fixtures/queue-suite');
/** The tests' own port (flushed by them); `.ci/run` starts Redis there too. */
export const PORT = Number(process.env.BRISK_TEST_REDIS_PORT ?? 6391);
export const URL = `redis://127.0.0.1:${PORT}`;

/** Runs scripts/redis.sh; `skip` holds why Redis cannot be had at all (not installable). */
export function redis(action: 'start' | 'stop' | 'kill' | 'status'): { ok: boolean; skip?: string; output: string } {
  const r = spawnSync('bash', [path.join(PACKAGE_ROOT, 'scripts/redis.sh'), action, '--port', String(PORT)], { encoding: 'utf8' });
  const output = `${r.stdout}${r.stderr}`.trim();
  return { ok: r.status === 0, skip: r.status === 3 ? output : undefined, output };
}

export interface Proc {
  name: string;
  proc: ResultPromise;
  /** stderr so far. */
  log: () => string;
}

const live: Proc[] = [];

function spawn(name: string, args: string[], env: Record<string, string> = {}): Proc {
  const proc = execa('node', [path.join(PACKAGE_ROOT, 'bin/brisk.js'), ...args], { reject: false, cwd: PACKAGE_ROOT, env, buffer: false });
  let text = '';
  proc.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  proc.stdout?.on('data', () => {});
  const p = { name, proc, log: () => text };
  live.push(p);
  return p;
}

export async function startWorker(name: string, opts: { suite?: string; env?: Record<string, string> } = {}): Promise<Proc> {
  const w = spawn(name, ['worker', '--queue', URL, '--meter', 'instructions', '--jobs', '1', '--name', name, '--lock-ms', '6000', '--suite', opts.suite ?? FIXTURE_SUITE], opts.env);
  await waitFor(() => /taking jobs from/.test(w.log()), 120_000, `${name} to start: ${w.log()}`);
  return w;
}

/** The same `brisk run` as a local run, plus `--queue` when `queue` is set. */
export function runArgs(samples: string, store: string, out: string, queue: boolean, problems = 'list-sum,list-max'): string[] {
  return [
    'run',
    '--suite',
    FIXTURE_SUITE,
    '--problems',
    problems,
    '--meter',
    'instructions',
    '--no-tier-metrics',
    '--no-memory',
    '--jobs',
    '2',
    '--samples',
    samples,
    '--store',
    store,
    '--out',
    out,
    ...(queue ? ['--queue', URL] : []),
  ];
}

export function startRun(name: string, args: string[]): Proc {
  return spawn(name, args);
}

/** SIGKILLs every process these helpers started that is still running. */
export async function killAll(): Promise<void> {
  for (const p of live.splice(0)) {
    if (p.proc.exitCode === null && p.proc.signalCode === null) p.proc.kill('SIGKILL');
    await p.proc;
  }
}

export async function waitFor(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Keys (8-hex prefixes) of the jobs a worker log says it started, or finished with a status. */
export function jobsIn(log: string, what: 'started' | 'finished', kind = 'sample'): string[] {
  const re = new RegExp(`^\\S+ ${kind} \\S+ \\(\\w+, ([0-9a-f]{8})\\): ${what === 'started' ? 'started' : '(?!started|not measured)\\w+ in '}`, 'gm');
  return [...log.matchAll(re)].map((m) => m[1]!);
}

export function storeCounts(file: string): { samples: number; references: number; duplicates: number } {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      return {
        samples: n('SELECT COUNT(*) AS n FROM sample_results'),
        references: n('SELECT COUNT(*) AS n FROM reference_results'),
        duplicates: n('SELECT COUNT(*) AS n FROM (SELECT key FROM sample_results GROUP BY key HAVING COUNT(*) > 1)'),
      };
    } finally {
      db.close();
    }
  } catch {
    return { samples: 0, references: 0, duplicates: 0 }; // not created yet
  }
}

export const readResults = (out: string) => JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as Results;

// Wall time and RSS peaks differ between any two processes, and who measured differs between
// a local and a queue run; every other number must repeat exactly under the instruction meter.
const VARYING = new Set(['wallMs', 'rssPeakBytes', 'measuredBy']);

/** A run's numbers for some problems: references and every sample, without what may vary. */
export function numbers(r: Results, ids: string[]): unknown {
  const strip = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (VARYING.has(k) ? undefined : x)));
  return strip({
    references: r.references.filter((x) => ids.includes(x.id)),
    problems: r.entrants.map((e) => e.problems.filter((p) => ids.includes(p.id))),
  });
}
