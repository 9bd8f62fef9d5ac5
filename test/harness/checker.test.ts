// A problem's Python checker runs in the harness after each call: its verdict, not the typed
// comparison, decides; a raising checker rejects; the candidate's mutation of its input does
// not reach the checker.
import { beforeAll, describe, expect, it } from 'vitest';
import type { HarnessJob, RunOutcome } from '../../src/sandbox/executor.ts';
import { realExecutor } from '../support/real.ts';

const CHECKER = `
def __check(input, answer, output):
    xs, = input
    if output == "raise":
        raise KeyError("boom")
    # The input must be what the generator gave, whatever the candidate did to its copy.
    return xs == [3, 1, 2] and abs(answer - output) < 0.01
`;

const CANDIDATE = `
def f(xs):
    xs.clear()
    return {"near": 6.005, "far": 7.0, "raise": "raise"}[MODE]
`;

function job(mode: string): HarnessJob {
  return {
    language: 'python',
    kind: 'function',
    entry: 'f',
    source: `MODE = ${JSON.stringify(mode)}\n${CANDIDATE}`,
    mode: 'native',
    checker: CHECKER,
    tests: [{ args: [[3, 1, 2]], expected: { $float: 6 } }],
  };
}

describe('Python checker in the harness', () => {
  const out: Record<string, RunOutcome> = {};
  beforeAll(async () => {
    const executor = await realExecutor();
    // verify would reject everything: the checker's verdict must win.
    const control = { callLimitMs: () => 10_000, memoryBytes: 2 ** 30, verify: () => 'typed comparison ran' };
    for (const mode of ['near', 'far', 'raise']) out[mode] = await executor.run(job(mode), control);
  }, 120_000);

  it('accepts what the checker accepts (6.005 within 0.01 of 6)', () => {
    expect(out.near!.tests[0]!.status).toBe('passed');
  });

  it('rejects what it rejects, and a checker that raises', () => {
    expect(out.far!.tests[0]).toMatchObject({ status: 'wrong_answer', message: 'the checker rejected the output' });
    expect(out.raise!.tests[0]).toMatchObject({ status: 'wrong_answer', message: "the checker raised KeyError: 'boom'" });
  });
});
