// `node --import tsx scripts/empty-call.mts`: the calibrated empty call of a counted Python and
// node supervisor (the instructions every counted call carries and the meter subtracts), how
// long each supervisor took to start, and the wall time of one empty call, counted and native
// (the fixed cost every call pays). Run it twice, or on a fresh stage, to see it repeat.
import { EMPTY_CALL } from '../src/sandbox/supervisor-pool.ts';
import { realExecutor } from '../test/support/real.ts';

const CALLS = 20;
const ex = await realExecutor();
for (const family of ['python', 'javascript'] as const) {
  const wall: string[] = [];
  for (const counted of [true, false]) {
    const key = { family, counted, ...(family === 'javascript' ? { heapMb: 256 } : {}) };
    const started = Date.now();
    const lease = await ex.pool.acquire(key);
    if (counted) console.log(`${family}: empty call ${lease.baseline.instructions} instructions; supervisor started in ${Date.now() - started} ms`);
    await lease.supervisor.startJob({ kind: 'function', entry: 'f', source: EMPTY_CALL[family], mode: counted ? 'count' : 'native', tests: [{ args: [[]] }] });
    const t = Date.now();
    for (let i = 0; i < CALLS; i++) await lease.supervisor.call({ op: 'call', i: 0, wall_limit_ms: 120_000 }, 600_000);
    wall.push(`${counted ? 'counted' : 'native'} ${((Date.now() - t) / CALLS).toFixed(1)} ms`);
    await lease.supervisor.endJob();
    ex.pool.release(key, lease);
  }
  console.log(`${family}: wall per empty call (${CALLS} calls): ${wall.join(', ')}`);
}
ex.close();
