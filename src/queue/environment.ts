// Pure: whether a worker measures under the run's environment, and the messages that say
// why not. Everything compared here is part of the store key (src/evaluate/cache.ts), plus
// the counter behind the instruction meter (callgrind and perf both report `instructions`).
import { createHash } from 'node:crypto';
import type { MeasureEnvironment } from '../evaluate/cache.ts';
import type { Counter, WorkerInfo } from './payload.ts';

/** One phrase per difference, worker's value first, e.g. `python 3.12.1 (/usr/local/bin/python3), the run's 3.11.2 (...)`. */
export function environmentDifferences(run: MeasureEnvironment, runCounter: Counter, worker: MeasureEnvironment, workerCounter: Counter): string[] {
  const out: string[] = [];
  const differ = (what: string, w: string | undefined, r: string | undefined) => {
    if (w !== r) out.push(`${what} ${w ?? 'none'}, the run's ${r ?? 'none'}`);
  };
  differ('meter', worker.meter, run.meter);
  differ('counter', workerCounter, runCounter);
  differ('valgrind', worker.valgrind, run.valgrind);
  differ('python', `${worker.python.version} (${worker.python.path})`, `${run.python.version} (${run.python.path})`);
  differ('node', `${worker.node.version} (${worker.node.path})`, `${run.node.version} (${run.node.path})`);
  differ('harness', worker.harnessVersion, run.harnessVersion);
  differ('brisk', worker.brisk, run.brisk);
  return out;
}

/**
 * The queue of one environment: workers listen on their own, the coordinator sends to the
 * run's, so a worker never takes a job it would measure differently.
 */
export function queueName(env: MeasureEnvironment, counter: Counter): string {
  const parts = [env.meter, counter, env.valgrind ?? '', env.python.path, env.python.version, env.node.path, env.node.version, env.harnessVersion, env.brisk];
  return `${counter}-${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12)}`;
}

export function describeWorker(w: Pick<WorkerInfo, 'name' | 'host' | 'pid'>): string {
  return `worker "${w.name}" (${w.host}, pid ${w.pid})`;
}

export function describeEnvironment(env: MeasureEnvironment, counter: Counter): string {
  return [counter, env.valgrind, `python ${env.python.version} (${env.python.path})`, `node ${env.node.version}`, `harness ${env.harnessVersion}`, `brisk ${env.brisk}`].filter(Boolean).join(', ');
}

/** Why a returned result is not used, or undefined when it may be stored. */
export function refusalOf(run: MeasureEnvironment, runCounter: Counter, worker: WorkerInfo, expectedKey: string, key: string): string | undefined {
  const diffs = environmentDifferences(run, runCounter, worker.env, worker.counter);
  if (diffs.length > 0) return `${describeWorker(worker)} measured under another environment: ${diffs.join('; ')}`;
  if (key !== expectedKey) return `${describeWorker(worker)} returned the result of another job (${key.slice(0, 12)}, expected ${expectedKey.slice(0, 12)})`;
  return undefined;
}

/**
 * Warnings about where a run was measured: time is only comparable on one machine; instruction
 * counts can shift between CPU models (the C library picks string and memory routines by CPU).
 */
export function machineWarnings(meter: MeasureEnvironment['meter'], workers: Pick<WorkerInfo, 'name' | 'host' | 'cpu'>[]): string[] {
  const hosts = [...new Set(workers.map((w) => w.host))];
  const cpus = [...new Set(workers.map((w) => w.cpu))];
  const out: string[] = [];
  if (meter === 'time' && hosts.length > 1) {
    out.push(`time meter across ${hosts.length} machines (${hosts.join(', ')}): times from different machines are not comparable; each sample's measuredBy names its worker`);
  }
  if (cpus.length > 1) out.push(`workers ran on ${cpus.length} CPU models (${cpus.join('; ')}): costs may differ between them; each sample's measuredBy names its worker`);
  return out;
}
