// A size sweep: the problem's own generator at geometric sizes, run through the same two-phase
// plan as a level (native pass with censoring, then the meter over the survivors).
import type { Wire } from '../problem/codec.ts';
import { buildTests, type TestCase } from '../problem/inputs.ts';
import { caseSeed, Rng } from '../problem/rng.ts';
import { encodeTyped } from '../problem/codec.ts';
import type { Problem } from '../problem/load.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { countedLimitMs } from '../evaluate/config.ts';
import type { Measuring } from '../evaluate/context.ts';
import { nativeJob, verifier } from '../evaluate/reference.ts';

export const SWEEP_CASES = 2;

export interface SweepTests {
  sizes: number[];
  /** Test 0 is a correctness case (warm-up); then SWEEP_CASES tests per size, smallest first. */
  tests: TestCase[];
}

export function sweepTests(problem: Problem, sizes: number[], suiteSeed: number): SweepTests {
  const spec = problem.spec;
  const generate = spec.generate;
  if (!generate) throw new Error(`${spec.id}: its tests are frozen data (an imported problem), so it has no generator to sweep sizes with`);
  const warm = buildTests(spec, suiteSeed)[0]!;
  const tests: TestCase[] = [{ ...warm, expected: undefined }];
  sizes.forEach((size) => {
    for (let c = 0; c < SWEEP_CASES; c++) {
      const rng = new Rng(caseSeed(suiteSeed, spec.id, `sweep-${size}`, c));
      const raw = generate(rng, size, { name: 'sweep', index: 1, size, caseIndex: c });
      const id = `n${size}-${c + 1}`;
      if (spec.kind === 'stdio') tests.push({ id, level: 1, stdin: raw as string });
      else tests.push({ id, level: 1, args: (raw as unknown[]).map((a, i) => encodeTyped(a, problem.signature!.params[i]!.type, id)) });
    }
  });
  return { sizes, tests };
}

export interface SweepPoint {
  n: number;
  /** Mean over the size's cases, in the meter's unit; absent past the censoring limit. */
  cost?: number;
}

export interface TestsRun {
  /** Meter cost per test (index into the tests); absent past the censoring limit. */
  testCosts: (number | undefined)[];
  /** Outputs, so the expert's sweep can check the others. */
  outputs: (Wire | string | undefined)[];
  /** First-call wall time per test, ns (the expert's sets the others' limits). */
  ns: number[];
  failure?: string;
}

export interface SweepRun extends TestsRun {
  points: SweepPoint[];
}

export interface RunOptions {
  /** Expected outputs (the expert's), checked on every test. */
  expected?: (Wire | string | undefined)[];
  /** Base times (the expert's, ns): a call past factor x base + 2 ms is censored. */
  baseNs?: number[];
  factor: number;
  entry?: string;
  /** Tests to cost (default every test but test 0, the warm-up). */
  scored?: number[];
  /** Cost whole groups of this many consecutive tests only (the cases of one sweep size). */
  group?: number;
}

/** The sweep size of sweep test i (test 0, the warm-up, has none). */
export function sweepSize(sweep: SweepTests, i: number): number {
  return sweep.sizes[Math.floor((i - 1) / SWEEP_CASES)]!;
}

/**
 * Runs one source over tests through the two-phase plan: a native pass (correctness against
 * `expected`, censoring against `baseNs`), then the meter over the surviving prefix.
 */
export async function runTests(ctx: Measuring, problem: Problem, tests: TestCase[], source: string, language: CandidateLanguage, opts: RunOptions): Promise<TestsRun> {
  const { executor, meter, cfg } = ctx;
  const job = nativeJob(problem, tests, source, cfg, meter.timesNatively, language);
  if (opts.entry) job.entry = opts.entry;
  job.tests.forEach((t, i) => {
    if (i > 0 && opts.baseNs) t.censorNs = opts.factor * opts.baseNs[i]! + 2e6;
  });
  const out = await executor.run(job, {
    callLimitMs: (i) => (opts.baseNs ? Math.max(10_000, (opts.factor * 2 * opts.baseNs[i]!) / 1e6) : 120_000),
    verify: opts.expected ? verifier(problem, opts.expected, tests) : undefined,
    memoryBytes: cfg.memoryBytes,
  });
  const empty = { testCosts: [], outputs: [], ns: [] };
  if (out.status !== 'completed') return { ...empty, failure: `${out.status}: ${out.message}` };
  // Survivors: a prefix of the tests, up to the first one that did not pass (censored, mostly).
  const firstBad = out.tests.findIndex((r) => r.status !== 'passed');
  const bad = firstBad >= 0 ? out.tests[firstBad]! : undefined;
  if (bad && bad.status !== 'timeout' && bad.status !== 'memory_limit') {
    return { ...empty, failure: `${bad.status} on ${tests[firstBad]!.id}: ${bad.message ?? ''}` };
  }
  const passed = firstBad >= 0 ? firstBad : tests.length;
  const end = opts.group ? 1 + Math.floor((passed - 1) / opts.group) * opts.group : passed;
  const scored = opts.scored ?? tests.flatMap((_, i) => (i > 0 ? [i] : []));
  const { costs, failure } = await meter.costs({
    executor,
    job,
    native: out.tests,
    indices: scored.filter((i) => i < end),
    scored,
    limitMs: (i) => countedLimitMs(out.tests[i]!.firstNs ?? 1e9),
  });
  const why = failure && `${failure.record.status} under the ${meter.name} meter on ${tests[failure.index]!.id}`;
  // Censored under the meter (a counted call past its limit): what was counted before it stays.
  if (failure && failure.record.status !== 'timeout' && failure.record.status !== 'memory_limit') return { ...empty, failure: why };
  return {
    testCosts: tests.map((_, i) => costs.get(i)),
    outputs: out.tests.map((r) => r.output),
    ns: out.tests.map((r) => r.firstNs ?? 0),
    ...(why ? { failure: why } : {}),
  };
}

/** Runs one source over the sweep; a size counts only when all its cases were measured. */
export async function runSweep(ctx: Measuring, problem: Problem, sweep: SweepTests, source: string, language: CandidateLanguage, opts: RunOptions): Promise<SweepRun> {
  // Whole sizes only: a size whose second case was censored is dropped.
  const run = await runTests(ctx, problem, sweep.tests, source, language, { ...opts, group: SWEEP_CASES });
  const points = sweep.sizes.map((n, k) => {
    const cs = Array.from({ length: SWEEP_CASES }, (_, c) => run.testCosts[1 + k * SWEEP_CASES + c]);
    return cs.every((c) => c !== undefined) ? { n, cost: cs.reduce((s, c) => s + c!, 0) / cs.length } : { n };
  });
  return { ...run, points };
}
