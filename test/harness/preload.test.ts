// Python preloads threading only for code that names it (its at-fork hook costs every runner
// about 130 page faults). The rule must neither tell one pass from another nor move a count.
import { afterAll, describe, expect, it } from 'vitest';
import type { HarnessJob } from '../../src/sandbox/executor.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { realExecutor } from '../support/real.ts';

let ex: ProcessExecutor;
afterAll(() => ex?.close());

const WORK = 'def f(n):\n    return sum(i * i for i in range(n * 1000))\n';
// Reports whether threading is loaded, without naming it (the name is built at run time).
const PROBE = 'import sys\ndef f(n):\n    return ("thr" + "eading") in sys.modules\n';

async function run(source: string, mode: HarnessJob['mode']) {
  ex ??= await realExecutor();
  const out = await ex.run({ language: 'python', kind: 'function', entry: 'f', source, mode, tests: [{ args: [{ $int: '5' }] }] }, { callLimitMs: () => 120_000, memoryBytes: 2 ** 30 });
  expect(out.status, out.message).toBe('completed');
  return out.tests[0]!;
}

describe('threading preloaded by name', () => {
  it('is the same in the counted, native and memory passes', async () => {
    for (const mode of ['callgrind', 'native', 'memory'] as const) {
      expect((await run(PROBE, mode)).output).toBe(false);
      expect((await run(`${PROBE}# threading\n`, mode)).output).toBe(true);
    }
  }, 300_000);

  it('does not move a count: its at-fork hook is in the baseline of such a job', async () => {
    const plain = (await run(WORK, 'callgrind')).instructions!;
    const named = (await run(`# threading\n${WORK}`, 'callgrind')).instructions!;
    expect(plain).toBeGreaterThan(2e6);
    // The hook alone is about 35,000 instructions; what remains is the heap's layout.
    expect(Math.abs(named - plain)).toBeLessThan(200);
  }, 300_000);
});
