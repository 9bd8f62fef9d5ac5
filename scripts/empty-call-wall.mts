// The wall time of one empty call (the harness's own work per call: the call process's and the
// runner's forks, set-up and finish), counted or native, averaged over `calls` calls in one job.
// With reps > 1 each call process serves that many runners: the wall per runner then tells the
// call process's share from the runner's.
import { EMPTY_CALL, type PoolKey } from '../src/sandbox/supervisor-pool.ts';
import type { ProcessExecutor } from '../src/sandbox/process-executor.ts';

export async function emptyCallWall(ex: ProcessExecutor, family: 'python' | 'javascript', counted: boolean, calls: number, reps = 1): Promise<number> {
  const key: PoolKey = { family, counted, ...(family === 'javascript' ? { heapMb: 256 } : {}) };
  const lease = await ex.pool.acquire(key);
  try {
    await lease.supervisor.startJob({ kind: 'function', entry: 'f', source: EMPTY_CALL[family], mode: counted ? 'count' : 'native', tests: [{ args: [[]] }] });
    const t = Date.now();
    for (let i = 0; i < calls; i++) await lease.supervisor.call({ op: 'call', i: 0, reps, wall_limit_ms: 120_000 }, 600_000);
    const ms = (Date.now() - t) / calls;
    await lease.supervisor.endJob();
    return ms;
  } finally {
    ex.pool.release(key, lease);
  }
}
