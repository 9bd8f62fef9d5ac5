// Per-line counts over a real sweep (sandbox, callgrind, tracer): each line's own growth, and
// the line that dominates growth named, for Python and JavaScript; counts repeat exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { InstructionMeter } from '../../src/measure/meter.ts';
import { loadProblem, type Problem } from '../../src/problem/load.ts';
import { SandboxLineTracer, type TraceRequest } from '../../src/profile/line-runner.ts';
import { profileLines } from '../../src/profile/line-sweep.ts';
import type { LineProfile } from '../../src/profile/lines.ts';
import { runSweep, sweepTests } from '../../src/profile/sweep.ts';
import { detectIsolation } from '../../src/sandbox/detect.ts';
import type { CandidateLanguage } from '../../src/sandbox/executor.ts';
import { pythonInterpreter } from '../../src/sandbox/interpreter.ts';
import type { ProcessExecutor } from '../../src/sandbox/process-executor.ts';
import { realExecutor } from '../support/real.ts';
import { TOY_CANDIDATES, toySuite } from '../support/toy-suite.ts';

const JS_QUADRATIC = `// The same double loop in TypeScript: types and an interface shift nothing.
interface Acc { s: number }
export function total(xs: number[]): number {
  const acc: Acc = { s: 0 };
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < xs.length; j++) {
      if (i === j) {
        acc.s += xs[j]!;
      }
    }
  }
  return acc.s;
}
`;

describe('per-line counts over a size sweep', () => {
  let problem: Problem;
  let executor: ProcessExecutor;
  let tracer: SandboxLineTracer;
  const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'instructions', jobs: 1 };
  beforeAll(async () => {
    problem = await loadProblem(toySuite(), 'toy-sum');
    executor = await realExecutor();
    tracer = new SandboxLineTracer(await detectIsolation(), await pythonInterpreter());
  });

  async function profile(source: string, language: CandidateLanguage, sizes: number[]): Promise<LineProfile> {
    const sweep = sweepTests(problem, sizes, 1);
    const run = await runSweep({ executor: executor, meter: new InstructionMeter(), cfg }, problem, sweep, source, language, { factor: 1 });
    expect(run.failure).toBeUndefined();
    const lines = await profileLines(problem, sweep, run, source, language, tracer, { memoryBytes: cfg.memoryBytes, unit: 'instructions' });
    expect(lines?.failure).toBeUndefined();
    return lines!;
  }
  const growth = (p: LineProfile, line: number) => p.lines.find((r) => r.line === line)?.growth;
  const QUADRATIC_SIZES = [10, 20, 40, 80, 160, 320];

  it('Python double loop: the inner line is O(n^2), the outer O(n), and an inner line is named', async () => {
    const p = await profile(TOY_CANDIDATES['O(n^2)']!, 'python', QUADRATIC_SIZES);
    expect(growth(p, 3)).toBe('O(n)'); // for i in range(len(xs))
    expect(growth(p, 4)).toBe('O(n^2)'); // for j in range(len(xs))
    expect(growth(p, 5)).toBe('O(n^2)'); // if i == j
    expect(growth(p, 6)).toBe('O(n)'); // s += xs[j]: once per i
    expect(growth(p, 2)).toBe('O(1)');
    // Exact counts: line 5 runs n^2 times, line 3 n + 1 times.
    expect(p.lines.find((r) => r.line === 5)!.counts).toEqual(QUADRATIC_SIZES.map((n) => n * n));
    expect(p.lines.find((r) => r.line === 3)!.counts).toEqual(QUADRATIC_SIZES.map((n) => n + 1));
    expect([4, 5]).toContain(p.hot!.line);
    expect(p.hot!.growth).toBe('O(n^2)');
    // The modelled shares: the inner loop carries nearly all of it at n=320.
    const inner = p.lines.filter((r) => r.growth === 'O(n^2)').reduce((s, r) => s + r.share!, 0);
    expect(inner).toBeGreaterThan(0.9);
    expect(p.attribution!.fitError).toBeLessThan(0.1);
  }, 300_000);

  it('Python merge sort: a line of the merge loop is named, growing as O(n log n)', async () => {
    const p = await profile(TOY_CANDIDATES['O(n log n)']!, 'python', [250, 500, 1000, 2000, 4000, 8000]);
    // Lines 9-13 are the merge loop; 4 is the outer `while width < len(a)`.
    expect([9, 10, 11, 13]).toContain(p.hot!.line);
    expect(p.hot!.growth).toBe('O(n log n)');
    expect(growth(p, 10)).toBe('O(n log n)');
    expect(growth(p, 4)).toBe('O(log n)');
  }, 300_000);

  it("TypeScript double loop: lines of the user's source, inner O(n^2), outer O(n)", async () => {
    const p = await profile(JS_QUADRATIC, 'typescript', QUADRATIC_SIZES);
    expect(growth(p, 5)).toBe('O(n)'); // for i: its body runs n times
    expect(growth(p, 6)).toBe('O(n^2)'); // for j: its body runs n^2 times
    expect(growth(p, 7)).toBe('O(n^2)'); // if (i === j)
    expect(growth(p, 8)).toBe('O(n)'); // acc.s += ...
    expect(p.lines.find((r) => r.line === 7)!.counts).toEqual(QUADRATIC_SIZES.map((n) => n * n));
    // Closing braces, the comment and the interface carry no count.
    expect(p.lines.map((r) => r.line).filter((l) => [1, 2, 9, 10, 11, 13].includes(l))).toEqual([]);
    expect([6, 7]).toContain(p.hot!.line);
  }, 300_000);

  it.each(['python', 'javascript'] as const)(
    '%s counts (and Python bytecodes per line) are identical across two runs',
    async (language) => {
      const source =
        language === 'python' ? TOY_CANDIDATES['O(n log n)']! : 'function total(xs) {\n  const a = [...xs].sort((x, y) => x - y);\n  let s = 0;\n  for (const x of a) s += x;\n  return s;\n}\n';
      const sweep = sweepTests(problem, [100, 300, 900], 1);
      const req: TraceRequest = {
        language,
        kind: 'function',
        entry: 'total',
        source,
        tests: sweep.tests.slice(1).map((t) => ({ args: t.args })),
        limitMs: () => 30_000,
        memoryBytes: cfg.memoryBytes,
        ...(language === 'python' ? { opcodesOf: 0 } : {}),
      };
      const [first, second] = [await tracer.trace(req), await tracer.trace(req)];
      expect(first.failure).toBeUndefined();
      // Python's bytecodes per line are counted on the first call, and repeat too.
      expect(first.opcodes !== undefined).toBe(language === 'python');
      expect(first.counts).toHaveLength(6);
      expect(first.counts.every((c) => c.length > 2)).toBe(true);
      expect(second).toEqual(first);
    },
    120_000,
  );

  it.each([
    ['python', 'import sys\nn = int(sys.stdin.readline())\ntotal = 0\nfor i in range(n):\n    total += i\nprint(total)\n', 5],
    ['javascript', "const n = Number(require('fs').readFileSync(0, 'utf8').trim());\nlet total = 0;\nfor (let i = 0; i < n; i++) {\n  total += i;\n}\nconsole.log(total);\n", 4],
  ] as const)(
    '%s stdio programs: the whole program is the call',
    async (language, source, bodyLine) => {
      const r = await tracer.trace({ language, kind: 'stdio', source, tests: [{ stdin: '10\n' }, { stdin: '1000\n' }], limitMs: () => 30_000, memoryBytes: cfg.memoryBytes });
      expect(r.failure).toBeUndefined();
      expect(r.counts.map((c) => new Map(c).get(bodyLine))).toEqual([10, 1000]);
      expect(r.counts.map((c) => new Map(c).get(1))).toEqual([1, 1]);
    },
    60_000,
  );
});
