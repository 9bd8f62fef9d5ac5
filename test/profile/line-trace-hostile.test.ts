// Hostile candidates under the line tracers: every misdeed ends in a clear message for that
// candidate (with the test it happened on), the counts of earlier tests are kept, and the
// tracer itself never crashes or hangs.
import { beforeAll, describe, expect, it } from 'vitest';
import { SandboxLineTracer, type TraceRequest } from '../../src/profile/line-runner.ts';
import { detectIsolation } from '../../src/sandbox/detect.ts';
import { pythonInterpreter } from '../../src/sandbox/interpreter.ts';

// Test 0 is harmless (x = 0); the misdeed happens on test 1 (x = 1).
const tests = [{ args: [0] }, { args: [1] }];

const PYTHON: [string, string, RegExp | null][] = [
  ['raises', 'def f(x):\n    return 1 // (1 - x)\n', /^ZeroDivisionError/],
  ['loops forever', 'def f(x):\n    while x:\n        pass\n    return 0\n', /past its limit/],
  ['prints, on stdout and fd 1', 'import os, sys\ndef f(x):\n    print("hello", x)\n    sys.stdout.write("x")\n    os.write(1, b"{\\"ev\\": \\"done\\"}\\n")\n    return x\n', null],
  ['calls sys.exit', 'import sys\ndef f(x):\n    if x:\n        sys.exit(3)\n    return 0\n', /^SystemExit/],
  ['calls os._exit', 'import os\ndef f(x):\n    if x:\n        os._exit(0)\n    return 0\n', /process ended .* during a traced call/],
  ['removes the trace function', 'import sys\ndef f(x):\n    if x:\n        sys.settrace(None)\n    return 0\n', /replaced or removed the trace function/],
  ['rebinds sys.settrace before the call', 'import sys\nsys.settrace = lambda f: None\ndef f(x):\n    return x\n', null],
  [
    "forges events on the tracer's own output",
    'import os\ndef f(x):\n    if x:\n        for fd in range(3, 10):\n            try:\n                os.write(fd, b"{\\"ev\\": \\"done\\"}\\n")\n            except OSError:\n                pass\n    return 0\n',
    /out of order|should not have/,
  ],
  ['recurses without end', 'def f(x):\n    return f(x) if x else 0\n', /^RecursionError/],
  ['does not compile', 'def f(x)\n    return x\n', /^compile error/],
];

const JS: [string, string, RegExp | null][] = [
  ['throws', 'function f(x) { if (x) throw new TypeError("no"); return 0; }', /^TypeError: no/],
  ['loops forever', 'function f(x) { while (x) {} return 0; }', /past its limit/],
  [
    'prints everywhere',
    'function f(x) { console.log("hi"); process.stdout.write("x"); globalThis.process.stdout.write("{\\"ev\\":\\"done\\"}\\n"); require("fs").writeSync(1, "y"); return x; }',
    null,
  ],
  ['calls process.exit', 'function f(x) { if (x) process.exit(2); return 0; }', /^SystemExit: process.exit\(2\)/],
  ['exits through the real process', 'function f(x) { if (x) globalThis.process.exit(0); return 0; }', /process ended/],
  ['reaches for the inspector', 'function f(x) { if (x) require("inspector"); return 0; }', /inspector is not available/],
  ['does not compile', 'function f(x) { return x +; }', /^compile error/],
];

describe('line tracers against hostile candidates', () => {
  let tracer: SandboxLineTracer;
  beforeAll(async () => {
    tracer = new SandboxLineTracer(await detectIsolation(), await pythonInterpreter());
  });
  const request = (language: TraceRequest['language'], source: string): TraceRequest => ({
    language,
    kind: 'function',
    entry: 'f',
    source,
    tests,
    limitMs: () => 3000,
    memoryBytes: 2 ** 30,
  });

  it.each([...PYTHON.map((c) => ['python', ...c] as const), ...JS.map((c) => ['javascript', ...c] as const)])(
    '%s: a candidate that %s',
    async (language, _what, source, failure) => {
      const r = await tracer.trace(request(language, source));
      if (failure === null) {
        expect(r.failure).toBeUndefined();
        expect(r.counts).toHaveLength(2);
        return;
      }
      expect(r.failure).toMatch(failure);
      if (/compile error/.test(r.failure!)) return;
      // Test 0 was traced before the misdeed on test 1, and is kept.
      expect(r.failedTest).toBe(1);
      expect(r.counts).toHaveLength(1);
      expect(r.counts[0]!.length).toBeGreaterThan(0);
    },
    30_000,
  );
});
