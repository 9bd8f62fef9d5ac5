// `node --import tsx scripts/empty-call.mts`: the calibrated empty call of a counted Python and
// node supervisor (the instructions every counted call carries and the meter subtracts), and
// how long each supervisor took to start. Run it twice, or on a fresh stage, to see it repeat.
import { realExecutor } from '../test/support/real.ts';

const ex = await realExecutor();
for (const family of ['python', 'javascript'] as const) {
  const key = { family, counted: true, ...(family === 'javascript' ? { heapMb: 256 } : {}) };
  const started = Date.now();
  const lease = await ex.pool.acquire(key);
  console.log(`${family}: empty call ${lease.baseline} instructions; supervisor started in ${Date.now() - started} ms`);
  ex.pool.release(key, lease);
}
ex.close();
