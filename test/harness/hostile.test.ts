// Hostile and sloppy candidates each get their status; the run finishes and others are unaffected.
import { beforeAll, describe, expect, it } from 'vitest';
import { DirectMeasure } from '../../src/evaluate/direct.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { evaluateRun, type RunOutcome } from '../../src/evaluate/run.ts';
import { TimeMeter } from '../../src/measure/meter.ts';
import { bundled, realExecutor } from '../support/real.ts';
import { PAIR_SUM_PLAIN } from '../support/fixtures.ts';

const GOOD = PAIR_SUM_PLAIN;

const HOSTILE: Record<string, string> = {
  good: GOOD,
  loop_in_try: `
def count_pairs(nums, target):
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
`,
  prints: GOOD.replace('    return c', '    for _ in range(2000):\n        print("spam" * 50)\n    import os\n    os.write(1, b"x" * 10000)\n    return c'),
  mutates_input: GOOD.replace('    seen = {}', '    nums.sort()\n    nums.append(10**9)\n    nums.pop()\n    seen = {}'),
  raises: 'def count_pairs(nums, target):\n    raise ValueError("nope")\n',
  wrong_type: GOOD.replace('    return c', '    return str(c)'),
  allocates_10gb: 'def count_pairs(nums, target):\n    block = bytearray(10 * 1024 ** 3)\n    return len(block)\n',
  syntax_error: 'def count_pairs(nums, target)\n    return 0\n',
  exits: 'import sys\ndef count_pairs(nums, target):\n    sys.exit(3)\n',
  hard_exit: 'import os\ndef count_pairs(nums, target):\n    os._exit(0)\n',
  network: 'import socket\ndef count_pairs(nums, target):\n    socket.create_connection(("1.1.1.1", 80), timeout=2)\n    return 0\n',
  writes_root: 'def count_pairs(nums, target):\n    open("/brisk-was-here", "w").write("x")\n    return 0\n',
  forks: 'import os\ndef count_pairs(nums, target):\n    while True:\n        os.fork()\n',
  no_function: 'def something_else():\n    return 1\n',
};

describe('hostile candidates in the sandbox', () => {
  let outcome: RunOutcome;
  beforeAll(async () => {
    const problem = await bundled('pair-sum-count');
    const names = Object.keys(HOSTILE);
    // A wide alpha keeps statuses independent of timing noise on a loaded machine.
    const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'time', alpha: 50, repetitions: 2, jobs: 2 };
    outcome = await evaluateRun(
      [problem],
      [{ name: 'hostile', samples: new Map([['pair-sum-count', names.map((n) => ({ source: HOSTILE[n]!, origin: n, language: 'python' as const }))]]) }],
      new DirectMeasure({ executor: await realExecutor(), meter: new TimeMeter(), cfg }),
    );
  }, 300_000);

  const status = (origin: string) => outcome.entrants[0]!.problems[0]!.samples.find((s) => s.origin === origin)!;

  it.each([
    ['good', 'passed', true],
    ['loop_in_try', 'timeout', false],
    ['prints', 'passed', true],
    ['mutates_input', 'passed', true],
    ['raises', 'error', false],
    ['wrong_type', 'wrong_answer', false],
    ['allocates_10gb', 'memory_limit', false],
    ['syntax_error', 'compile_error', false],
    ['exits', 'error', false],
    ['hard_exit', 'crashed', false],
    ['network', 'error', false],
    ['writes_root', 'error', false],
    ['no_function', 'error', false],
  ])('%s -> %s', (origin, want, passed) => {
    const s = status(origin);
    expect(s.status, s.message).toBe(want);
    expect(s.passed).toBe(passed);
  });

  it('messages say what happened', () => {
    expect(status('raises').message).toBe('ValueError: nope');
    expect(status('wrong_type').message).toMatch(/expected 0, got "0"/);
    expect(status('syntax_error').message).toMatch(/expected ':'/);
    expect(status('network').message).toMatch(/refuses import of socket|OSError|unreachable/i);
    expect(status('writes_root').message).toMatch(/refuses writing files|Read-only file system|Permission denied/);
    expect(status('no_function').message).toMatch(/no function named 'count_pairs'/);
  });

  it('a fork bomb is contained and the run goes on', () => {
    expect(['error', 'crashed', 'timeout']).toContain(status('forks').status);
    expect(status('forks').passed).toBe(false);
  });

  it('the good sample scores as usual next to hostile ones', () => {
    expect(status('good').score).toBeGreaterThan(0.5);
    expect(status('good').levels.every((l) => l.cost !== undefined && l.cost > 0)).toBe(true);
  });
});
