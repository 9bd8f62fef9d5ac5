// Shared values of the queue tests: a run's measuring environment and a worker reporting it.
import type { MeasureEnvironment } from '../../src/evaluate/cache.ts';
import type { WorkerInfo } from '../../src/queue/payload.ts';

export const testEnv: MeasureEnvironment = {
  meter: 'instructions',
  valgrind: 'valgrind-3.19.0',
  python: { path: '/usr/bin/python3.11', version: '3.11.2' },
  node: { path: '/usr/bin/node', version: '20.20.2' },
  harnessVersion: 'h1',
  brisk: '0.1.0',
};

export function testWorker(over: Partial<WorkerInfo> = {}): WorkerInfo {
  return { name: 'w1', host: 'box-a', pid: 42, cpu: 'Xeon', cores: 2, env: testEnv, counter: 'callgrind', ...over };
}
