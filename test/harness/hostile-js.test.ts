// JavaScript and TypeScript candidates: the same statuses and guarantees as Python's.
import { beforeAll, describe, expect, it } from 'vitest';
import { DirectMeasure } from '../../src/evaluate/direct.ts';
import { DEFAULT_CONFIG, type EvalConfig } from '../../src/evaluate/config.ts';
import { evaluateRun, type RunOutcome, type Sample } from '../../src/evaluate/run.ts';
import { TimeMeter } from '../../src/measure/meter.ts';
import { bundled, realExecutor } from '../support/real.ts';

const GOOD = `function countPairs(nums, target) {
  const seen = new Map();
  let c = 0;
  for (const x of nums) { c += seen.get(target - x) ?? 0; seen.set(x, (seen.get(x) ?? 0) + 1); }
  return c;
}`;

const SAMPLES: [string, 'javascript' | 'typescript', string][] = [
  ['good', 'javascript', GOOD],
  ['arrow_const', 'javascript', GOOD.replace('function countPairs(nums, target) {', 'const countPairs = (nums, target) => {').replace(/}$/, '};')],
  ['esm_export', 'javascript', `import { strict as assert } from 'node:assert';\nexport ${GOOD}`],
  ['module_exports', 'javascript', `${GOOD.replace('countPairs', 'solve')}\nmodule.exports = { countPairs: solve };`],
  ['async', 'javascript', GOOD.replace('function', 'async function')],
  [
    'typescript',
    'typescript',
    `function countPairs(nums: number[], target: number): number {\n  const seen = new Map<number, number>();\n  let c: number = 0;\n  for (const x of nums) { c += seen.get(target - x) ?? 0; seen.set(x, (seen.get(x) ?? 0) + 1); }\n  return c;\n}`,
  ],
  [
    'slow',
    'javascript',
    'function countPairs(nums, target) { let c = 0; for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) { let s = 0; for (let k = 0; k < 50; k++) s += nums[(i + k) % nums.length]; if (s === 0.5) c--; if (nums[i] + nums[j] === target) c++; } return c; }',
  ],
  ['wrong', 'javascript', 'function countPairs(nums, target) { return -1; }'],
  ['wrong_type', 'javascript', `${GOOD.replace('return c;', 'return String(c);')}`],
  ['throws', 'javascript', 'function countPairs() { throw new TypeError("bad input"); }'],
  ['infinite_loop', 'javascript', 'function countPairs() { for (;;) { try { while (true) {} } catch (e) {} } }'],
  ['syntax_js', 'javascript', 'function countPairs(nums, target { return 0; }'],
  ['syntax_ts', 'typescript', 'function countPairs(nums: number[], target: number): number {\n  return nums.length +;\n}'],
  // console is silenced for function problems (printing costs nothing); a real write costs what it costs.
  ['console_spam', 'javascript', GOOD.replace('return c;', 'for (let i = 0; i < 2000; i++) { console.log("spam".repeat(50)); if (i % 100 === 0) process.stdout.write("x"); }\n  return c;')],
  ['mutates_input', 'javascript', GOOD.replace('const seen', 'nums.sort((a, b) => a - b); nums.push(1e9); nums.pop();\n  const seen')],
  ['memory_hungry', 'javascript', 'function countPairs() { const big = new Float64Array(2e8); return big.length; }'],
  ['exits', 'javascript', 'function countPairs() { process.exit(3); }'],
  ['no_function', 'javascript', 'function somethingElse() { return 1; }'],
  // Module state is fresh per call: a counter at top level must read 0 on every call.
  ['module_state', 'javascript', `let calls = 0;\n${GOOD.replace('return c;', 'calls++;\n  return calls === 1 ? c : -1;')}`],
  // Names the harness passes in may be redeclared, as in a real module.
  ['shadows_names', 'javascript', `const require = null; let console = {}; var process;\n${GOOD}`],
];

describe('JavaScript and TypeScript candidates in the sandbox', () => {
  let outcome: RunOutcome;
  beforeAll(async () => {
    const problem = await bundled('pair-sum-count');
    // A wide alpha keeps statuses independent of timing noise; `slow` is still far past it.
    const cfg: EvalConfig = { ...DEFAULT_CONFIG, meter: 'time', alpha: 60, repetitions: 2, jobs: 2, memoryBytes: 512 * 2 ** 20 };
    const samples: Sample[] = SAMPLES.map(([origin, language, source]) => ({ origin, language, source }));
    outcome = await evaluateRun([problem], [{ name: 'js', samples: new Map([['pair-sum-count', samples]]) }], new DirectMeasure({ executor: await realExecutor(), meter: new TimeMeter(), cfg }));
  }, 400_000);

  const sample = (origin: string) => outcome.entrants[0]!.problems[0]!.samples.find((s) => s.origin === origin)!;

  it.each([
    ['good', 'passed', true],
    ['arrow_const', 'passed', true],
    ['esm_export', 'passed', true],
    ['module_exports', 'passed', true],
    ['async', 'passed', true],
    ['typescript', 'passed', true],
    ['slow', 'timeout', true],
    ['wrong', 'wrong_answer', false],
    ['wrong_type', 'wrong_answer', false],
    ['throws', 'error', false],
    ['infinite_loop', 'timeout', false],
    ['syntax_js', 'compile_error', false],
    ['syntax_ts', 'compile_error', false],
    ['console_spam', 'passed', true],
    ['mutates_input', 'passed', true],
    ['memory_hungry', 'memory_limit', false],
    ['exits', 'error', false],
    ['no_function', 'error', false],
    ['module_state', 'passed', true],
    ['shadows_names', 'passed', true],
  ])('%s -> %s', (origin, status, passed) => {
    const s = sample(origin);
    expect(s.status, s.message).toBe(status);
    expect(s.passed).toBe(passed);
  });

  it('reports what went wrong in words', () => {
    expect(sample('throws').message).toBe('TypeError: bad input');
    expect(sample('syntax_ts').message).toMatch(/Expression expected\. \(line 2, column \d+\)/);
    expect(sample('wrong_type').message).toMatch(/expected an integer, got string/);
    expect(sample('no_function').message).toMatch(/no function named 'countPairs'/);
  });

  it('references the JavaScript expert, with outputs shared from Python', () => {
    expect(outcome.references.map((r) => r.language)).toEqual(['python', 'javascript']);
    expect(sample('good').levels.every((l) => (l.cost ?? 0) > 0)).toBe(true);
  });
});
