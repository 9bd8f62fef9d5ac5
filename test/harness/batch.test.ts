// Untimed native Python calls of a job run several tests to a call process (batchFrom): each
// test still gets a fresh runner and its own event, judged in order, and the first test that
// does not pass ends the job as it did with one call process per test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarnessJob, RunControl } from '../../src/sandbox/executor.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { realExecutor } from '../support/real.ts';

let ex: ProcessExecutor;
beforeAll(async () => {
  ex = await realExecutor();
});
afterAll(() => ex.close());

const job = (source: string, n: number): HarnessJob => ({
  language: 'python',
  kind: 'function',
  entry: 'f',
  source,
  mode: 'native',
  tests: Array.from({ length: n }, (_, k) => ({ args: [k] })),
});
const control = (expected: (k: number) => number): RunControl => ({
  callLimitMs: () => 4000,
  memoryBytes: 2 ** 30,
  verify: (i, out) => (out === expected(i) ? null : `expected ${expected(i)}, got ${JSON.stringify(out)}`),
});

describe('correctness calls batched in one call process', () => {
  it('gives every test a fresh runner: module state does not carry from one test to the next', async () => {
    const out = await ex.run(
      job('seen = []\ndef f(k):\n    seen.append(k)\n    return len(seen) * 100 + k\n', 6),
      control((k) => 100 + k),
    );
    expect(out.status).toBe('completed');
    expect(out.tests.map((t) => t.status)).toEqual(Array(6).fill('passed'));
    expect(out.tests.map((t) => t.output)).toEqual([100, 101, 102, 103, 104, 105]);
  });

  it('stops at the first test that does not pass, whatever its kind, and runs none after it', async () => {
    const wrong = await ex.run(
      job('def f(k):\n    return -1 if k == 2 else k\n', 6),
      control((k) => k),
    );
    expect(wrong.tests.map((t) => t.status)).toEqual(['passed', 'passed', 'wrong_answer', 'not_run', 'not_run', 'not_run']);
    const raises = await ex.run(
      job('def f(k):\n    if k == 3:\n        raise KeyError(k)\n    return k\n', 6),
      control((k) => k),
    );
    expect(raises.tests.map((t) => t.status)).toEqual(['passed', 'passed', 'passed', 'error', 'not_run', 'not_run']);
    expect(raises.tests[3]!.message).toContain('KeyError');
    const dies = await ex.run(
      job('import os\ndef f(k):\n    if k == 1:\n        os.abort()\n    return k\n', 4),
      control((k) => k),
    );
    expect(dies.tests.map((t) => t.status)).toEqual(['passed', 'crashed', 'not_run', 'not_run']);
  });

  it('attack: a runner that tries to end its call process or leave state for the next test gains nothing', async () => {
    // Test 0 tries to kill the call process and its group, to write a file and an environment
    // variable and to plant a module; the later tests look for any of it (1000 if found).
    const source = [
      'import os, sys',
      'def f(k):',
      '    if k == 0:',
      "        for act in (lambda: os.kill(os.getppid(), 9), lambda: os.killpg(0, 9), lambda: open('/tmp/carry', 'w').write('x'),",
      "                    lambda: os.environ.__setitem__('CARRY', '1'), lambda: sys.modules.__setitem__('carry', sys)):",
      '            try:',
      '                act()',
      '            except BaseException:',
      '                pass',
      '        return 0',
      '    def found(probe):',
      '        try:',
      '            return bool(probe())',
      '        except BaseException:',
      '            return False',
      "    seen = found(lambda: os.path.exists('/tmp/carry')) or 'CARRY' in os.environ or 'carry' in sys.modules",
      '    return k + (1000 if seen else 0)',
      '',
    ].join('\n');
    const out = await ex.run(
      job(source, 5),
      control((k) => k),
    );
    expect(out.status).toBe('completed');
    expect(out.tests.map((t) => [t.status, t.output])).toEqual([0, 1, 2, 3, 4].map((k) => ['passed', k]));
  });

  it('stops a test at its own limit; the tests before it keep their results', async () => {
    const out = await ex.run(job('def f(k):\n    while k == 4:\n        pass\n    return k\n', 6), { ...control((k) => k), callLimitMs: () => 300 });
    expect(out.tests.map((t) => t.status)).toEqual(['passed', 'passed', 'passed', 'passed', 'timeout', 'not_run']);
    expect(out.tests.slice(0, 4).every((t) => (t.firstNs ?? 0) > 0)).toBe(true);
  });
});
