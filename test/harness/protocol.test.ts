// Conformance: the Python and the JavaScript supervisor run the same jobs and answer in the
// same protocol (every line validated by src/harness/protocol.ts, or the supervisor is lost),
// with the same outputs and the same kinds of events for the same behaviour. The runners' C
// encoder (Python) agrees with the Python wire encoder the importer uses.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOutput, type CallEvent, type JobHeader } from '../../src/harness/protocol.ts';
import { PACKAGE_ROOT } from '../../src/problem/load.ts';
import { pythonInterpreter } from '../../src/sandbox/interpreter.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import type { Lost } from '../../src/sandbox/supervisor.ts';
import { transpileCandidate } from '../../src/sandbox/transpile.ts';
import { realExecutor } from '../support/real.ts';

const SOURCES = {
  python: {
    sum: 'def f(xs):\n    return sum(xs)\n',
    raises: 'def f(xs):\n    raise ValueError("nope")\n',
    loops: 'def f(xs):\n    while True:\n        pass\n',
    aborts: 'import os\ndef f(xs):\n    os.abort()\n',
    syntax: 'def f(xs)\n    return 0\n',
    echo: 'import sys\nprint(sum(int(t) for t in sys.stdin.read().split()))\n',
  },
  javascript: {
    sum: 'function f(xs) { return xs.reduce((a, b) => a + b, 0); }',
    raises: 'function f(xs) { throw new TypeError("nope"); }',
    loops: 'function f(xs) { for (;;) {} }',
    aborts: 'function f(xs) { const a = []; for (;;) a.push(new Array(1e6).fill(1)); }',
    syntax: 'function f(xs) { return ; ; }}',
    echo: "const t = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean).map(Number);\nconsole.log(t.reduce((a, b) => a + b, 0));",
  },
};

type Language = keyof typeof SOURCES;
const TESTS = [{ args: [[1, 2, 3]] }, { args: [Array.from({ length: 1000 }, (_, i) => i)] }];

async function runJob(executor: ProcessExecutor, language: Language, name: keyof (typeof SOURCES)['python'], mode: 'native' | 'memory' = 'native') {
  const lease = await executor.pool.acquire({ family: language, counted: false, ...(language === 'javascript' ? { heapMb: 256 } : {}) });
  try {
    let source = SOURCES[language][name];
    if (language === 'javascript') {
      const t = transpileCandidate(source, 'javascript');
      if (!t.ok) return { start: 'compile_error', events: [] };
      source = t.code;
    }
    const stdio = name === 'echo';
    const header: JobHeader = {
      kind: stdio ? 'stdio' : 'function',
      entry: stdio ? undefined : 'f',
      source,
      mode,
      tests: stdio ? [{ stdin: '1 2 3\n' }, { stdin: '40 2\n' }] : TESTS,
      memory_bytes: 2 ** 28,
    };
    const start = await lease.supervisor.startJob(header);
    const events: (CallEvent | Lost)[] = [];
    if (start.ev === 'ready') {
      for (let i = 0; i < header.tests.length; i++) {
        events.push(await lease.supervisor.call({ op: 'call', i, cpu_limit_ns: 2e9, wall_limit_ms: 10_000, reps: mode === 'native' ? 2 : 1 }, 600_000));
      }
      await lease.supervisor.endJob();
    }
    return { start: start.ev, events };
  } finally {
    executor.pool.release({ family: language, counted: false, ...(language === 'javascript' ? { heapMb: 256 } : {}) }, lease);
  }
}

const value = (e: CallEvent | Lost) => (e.ev === 'result' ? parseOutput(e.output)?.value : e.ev === 'lost' ? `lost: ${e.why}` : e.ev);

describe('supervisor protocol, Python and JavaScript alike', () => {
  let executor: ProcessExecutor;
  beforeAll(async () => {
    executor = await realExecutor();
  });
  afterAll(() => executor?.close());

  it.each(['python', 'javascript'] as const)('%s: results with outputs, CPU times per repetition and the runner pid', async (language) => {
    const { start, events } = await runJob(executor, language, 'sum');
    expect(start).toBe('ready');
    expect(events.map(value)).toEqual([6, 499500]);
    for (const e of events) {
      expect(e).toMatchObject({ ev: 'result', same: true });
      if (e.ev === 'result') {
        expect(e.cpu_ns).toHaveLength(2);
        expect(e.pid).toBeGreaterThan(1);
      }
    }
  });

  it.each(['python', 'javascript'] as const)('%s: a raise, an endless loop, a dying runner and a syntax error each have their event', async (language) => {
    expect((await runJob(executor, language, 'raises')).events[0]).toMatchObject({ ev: 'failed', i: 0, error: { message: 'nope' } });
    expect((await runJob(executor, language, 'loops')).events[0]).toMatchObject({ ev: 'timeout', i: 0, limit: 'cpu' });
    const aborted = (await runJob(executor, language, 'aborts')).events[0]!;
    expect(['died', 'failed']).toContain(aborted.ev);
    // A dead runner is named, so the host can read what the counting tool wrote for it.
    if (language === 'python') expect(aborted).toMatchObject({ ev: 'died', signal: 6, pid: expect.any(Number) });
    expect((await runJob(executor, language, 'syntax')).start).toBe('compile_error');
  });

  it.each(['python', 'javascript'] as const)('%s: a stdin/stdout program answers with its output text', async (language) => {
    const { events } = await runJob(executor, language, 'echo');
    expect(events.map(value)).toEqual(['6\n', '42\n']);
  });

  it.each(['python', 'javascript'] as const)('%s: the memory mode reports the RSS peak, then the allocation peak', async (language) => {
    const lease = await executor.pool.acquire({ family: language, counted: false, ...(language === 'javascript' ? { heapMb: 256 } : {}) });
    try {
      const source =
        language === 'python'
          ? SOURCES.python.sum
          : transpileCandidate(SOURCES.javascript.sum, 'javascript').ok
            ? (transpileCandidate(SOURCES.javascript.sum, 'javascript') as { code: string }).code
            : '';
      expect((await lease.supervisor.startJob({ kind: 'function', entry: 'f', source, mode: 'memory', tests: TESTS })).ev).toBe('ready');
      const rss = await lease.supervisor.call({ op: 'call', i: 1, wall_limit_ms: 10_000, trace: false } as never, 600_000);
      const traced = await lease.supervisor.call({ op: 'call', i: 1, wall_limit_ms: 10_000, trace: true } as never, 600_000);
      await lease.supervisor.endJob();
      expect(rss.ev === 'result' && rss.rss).toBeGreaterThan(1e6);
      expect(traced.ev === 'result' && parseOutput(traced.output)?.peak).toBeGreaterThanOrEqual(0);
    } finally {
      executor.pool.release({ family: language, counted: false, ...(language === 'javascript' ? { heapMb: 256 } : {}) }, lease);
    }
  });

  it("the runners' C encoder and the Python wire encoder agree", async () => {
    const literal = '[1, -2**60, 2**53, 3.5, 2.0, float("inf"), float("-inf"), "é\\u2603\\U0001f600\\n\\"", (1, "a"), {1, 2}, frozenset(), {"k": [1]}, {(1, 2): None}, True, None, [], 10**30]';
    const lease = await executor.pool.acquire({ family: 'python', counted: false });
    let runner: unknown;
    try {
      await lease.supervisor.startJob({ kind: 'function', entry: 'f', source: `def f(xs):\n    return ${literal}\n`, mode: 'native', tests: [{ args: [[]] }] });
      const e = await lease.supervisor.call({ op: 'call', i: 0, wall_limit_ms: 10_000 }, 600_000);
      await lease.supervisor.endJob();
      runner = e.ev === 'result' ? parseOutput(e.output)?.value : e;
    } finally {
      executor.pool.release({ family: 'python', counted: false }, lease);
    }
    const python = (await pythonInterpreter()).path;
    const wire = path.join(PACKAGE_ROOT, 'src', 'harness', 'python');
    const out = execFileSync(python, ['-c', `import json, sys; sys.path.insert(0, ${JSON.stringify(wire)}); from supervisor_wire import encode; print(json.dumps(encode(${literal})))`], {
      encoding: 'utf8',
    });
    expect(runner).toEqual(JSON.parse(out));
  });
});
