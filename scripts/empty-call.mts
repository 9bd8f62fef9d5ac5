// `node --import tsx scripts/empty-call.mts`: the calibrated empty call of a counted Python and
// node supervisor (the instructions every counted call carries and the meter subtracts), how
// long each supervisor took to start, and the wall time of one empty call, counted and native
// (the fixed cost every call pays), split between the call process and its runner. Run it
// twice, or on a fresh stage, to see it repeat.
import { realExecutor } from '../test/support/real.ts';
import { emptyCallWall } from './empty-call-wall.mts';

const CALLS = 20;
const ex = await realExecutor();
for (const family of ['python', 'javascript'] as const) {
  const key = { family, counted: true, ...(family === 'javascript' ? { heapMb: 256 } : {}) };
  const started = Date.now();
  const lease = await ex.pool.acquire(key);
  console.log(`${family}: empty call ${lease.baseline.instructions} instructions; supervisor started in ${Date.now() - started} ms`);
  ex.pool.release(key, lease);
  const wall: string[] = [];
  for (const counted of [true, false]) wall.push(`${counted ? 'counted' : 'native'} ${(await emptyCallWall(ex, family, counted, CALLS)).toFixed(1)} ms`);
  console.log(`${family}: wall per empty call (${CALLS} calls): ${wall.join(', ')}`);
  // A counted call process serving 8 runners: a runner's own share, and by difference the call process's.
  const perRunner = (await emptyCallWall(ex, family, true, 4, 8)) / 8;
  const single = await emptyCallWall(ex, family, true, CALLS);
  console.log(`${family}: counted, a runner's own share ${perRunner.toFixed(1)} ms, the call process's ${(single - perRunner).toFixed(1)} ms`);
}
ex.close();
