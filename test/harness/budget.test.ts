// The counting tool's budget: a counted runner past its test's censoring limit is ended there
// (its level is censored by the count alone), and a runner within it counts exactly as with no
// budget, since the budget's digits reach the call process's heap in the same shape either way.
import { afterAll, describe, expect, it } from 'vitest';
import type { HarnessJob, JobTest } from '../../src/sandbox/executor.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { transpileCandidate } from '../../src/sandbox/transpile.ts';
import { realExecutor } from '../support/real.ts';

let ex: ProcessExecutor;
afterAll(() => ex?.close());

const SOURCES = {
  python: 'def f(n):\n    s = 0\n    for i in range(n):\n        s += i * i % 7\n    return s\n',
  javascript: 'function f(n) { let s = 0; for (let i = 0; i < n; i++) s += (i * i) % 7; return s; }',
};
// The second test would take minutes under valgrind: only the budget ends it in time.
const ROUNDS = [1000, 2_000_000_000];

async function counted(language: keyof typeof SOURCES, budgets: (number | undefined)[]) {
  ex ??= await realExecutor();
  let source = SOURCES[language];
  if (language === 'javascript') {
    const t = transpileCandidate(source, 'javascript');
    if (!t.ok) throw new Error(t.message);
    source = t.code;
  }
  const tests: JobTest[] = ROUNDS.map((n, k) => ({ args: [{ $int: String(n) }], ...(budgets[k] !== undefined ? { budget: budgets[k] } : {}) }));
  const job: HarnessJob = { language, kind: 'function', entry: 'f', source, mode: 'callgrind', tests };
  const started = Date.now();
  const out = await ex.run(job, { callLimitMs: () => 600_000, memoryBytes: 0 });
  expect(out.status, out.message).toBe('completed');
  return { tests: out.tests, wallMs: Date.now() - started };
}

describe.each(['python', 'javascript'] as const)('the instruction budget (%s)', (language) => {
  it('ends a runner past it as a timeout of the count, and leaves a count within it unchanged', async () => {
    // One payload throughout (a JavaScript count depends on the job's inputs): the second test
    // always has a budget of 5e7 instructions, a few seconds under valgrind at most.
    const free = await counted(language, [undefined, 5e7]);
    expect(free.tests[0]!.status).toBe('passed');
    expect(free.tests[1]).toMatchObject({ status: 'timeout', overBudget: true });
    expect(free.tests[1]!.message).toMatch(/instruction budget/);
    expect(free.wallMs).toBeLessThan(60_000);
    const n = free.tests[0]!.instructions!;
    const within = await counted(language, [n, 5e7]);
    expect(within.tests[0]).toMatchObject({ status: 'passed', instructions: n });
    const below = await counted(language, [n - 1, 5e7]);
    expect(below.tests[0]).toMatchObject({ status: 'timeout', overBudget: true });
    // The job stops at a censored test: its level and every later one are censored.
    expect(below.tests[1]!.status).toBe('not_run');
  }, 300_000);
});

describe('the instruction budget against work moved out of sight', () => {
  it("ends a Python runner whose threads do the work, and one whose work hides in JavaScript's encoder", async () => {
    ex ??= await realExecutor();
    const threads = `import threading
def f(n):
    def burn():
        s = 0
        for i in range(n):
            s += i
    ts = [threading.Thread(target=burn) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return 0
`;
    const py = await ex.run(
      { language: 'python', kind: 'function', entry: 'f', source: threads, mode: 'callgrind', tests: [{ args: [{ $int: '1000000000' }], budget: 5e7 }] },
      { callLimitMs: () => 600_000, memoryBytes: 0 },
    );
    expect(py.tests[0]).toMatchObject({ status: 'timeout', overBudget: true });
    // The encoder runs counted: a builtin it calls, replaced by an endless loop, meets the budget.
    const t = transpileCandidate('function f(n) { Number.isFinite = () => { for (;;) {} }; return n * 1.5; }', 'javascript');
    if (!t.ok) throw new Error(t.message);
    const js = await ex.run(
      { language: 'javascript', kind: 'function', entry: 'f', source: t.code, mode: 'callgrind', tests: [{ args: [{ $int: '3' }], budget: 5e7 }] },
      { callLimitMs: () => 600_000, memoryBytes: 0 },
    );
    expect(js.tests[0]).toMatchObject({ status: 'timeout', overBudget: true });
  }, 300_000);
});
