// The reference side of a problem: expected outputs and per-test reference costs, from the
// fastest tier, checked against the hand-written cases.
import { readFileSync } from 'node:fs';
import type { Wire } from '../problem/codec.ts';
import { compareText, compareTyped } from '../problem/check.ts';
import { buildTests, inputsDigest, type TestCase } from '../problem/inputs.ts';
import type { Language, Problem } from '../problem/load.ts';
import type { MemoryFigures } from '../measure/memory-figures.ts';
import { runMemoryPass } from '../measure/memory.ts';
import type { CandidateLanguage, HarnessJob } from '../sandbox/executor.ts';
import type { Measuring } from './context.ts';
import { countedLimitMs, EMPTY_CALLS, type EvalConfig } from './config.ts';

export interface ProblemReference {
  problem: Problem;
  /** Costs and limits are the expert's in this language; expected outputs are shared. */
  language: Language;
  tests: TestCase[];
  digest: string;
  tier: string;
  expected: (Wire | string)[];
  /** The reference's first-call wall time per test, ns: the base of limits and censoring. */
  refNs: number[];
  /** Reference cost per scored test, in the meter's unit. */
  refCost: Map<number, number>;
  /** The expert's memory figures over the scored tests (absent with --no-memory or on failure). */
  memory?: MemoryFigures;
  memoryError?: string;
}

export class ReferenceFailure extends Error {}

/** The reference language a candidate language is measured against. */
export function referenceLanguage(language: CandidateLanguage): Language {
  return language === 'python' ? 'python' : 'javascript';
}

/**
 * The job of a native pass. Timed, it also carries the empty program (the prelude and an entry
 * that returns at once: the call path's own cost, subtracted from every time) and, to pair a
 * sample with its reference, the reference's source.
 */
export function nativeJob(problem: Problem, tests: TestCase[], source: string, cfg: EvalConfig, timed: boolean, language: CandidateLanguage = 'python', pairWith?: string): HarnessJob {
  const spec = problem.spec;
  // An imported prompt (its imports and signature) precedes every Python candidate, as in ENAMEL.
  const prelude = language === 'python' ? spec.prelude?.python : undefined;
  const withPrelude = (code: string) => (prelude ? `${prelude}\n${code}` : code);
  const entry = spec.kind === 'function' ? spec.entry[referenceLanguage(language)] : undefined;
  const warm = timed && spec.kind === 'function' ? warmUpTests(tests) : undefined;
  const empty = entry === undefined ? '' : language === 'python' ? `def ${entry}(*args, **kwargs):\n    return None\n` : `function ${entry}() { return null; }\n`;
  return {
    language,
    returns: problem.signature?.returns,
    kind: spec.kind,
    entry,
    source: withPrelude(source),
    ...(prelude ? { warmSource: prelude } : {}),
    ...(timed ? { emptySource: withPrelude(empty) } : {}),
    ...(timed && pairWith !== undefined ? { pairSource: withPrelude(pairWith) } : {}),
    checker: language === 'python' && spec.kind === 'function' ? spec.check.python : undefined,
    mode: 'native',
    tests: tests.map((t, i) => ({ args: t.args, stdin: t.stdin, time: timed && t.level > 0, ...(warm?.[i] !== undefined && t.level > 0 ? { warm: warm[i] } : {}) })),
    // Python times the empty program in a job's first few tests; JavaScript in every call, as
    // before sequential pairs (its runners' times burst by place, and this is the tested plan).
    timing: timed ? { repetitions: cfg.repetitions, minBatchNs: cfg.minBatchNs, maxBatch: 10_000, ...(language === 'python' ? { emptyCalls: EMPTY_CALLS } : {}) } : undefined,
  };
}

/**
 * The test whose input warms each timed runner of test i, in an untimed call before its own:
 * the largest correctness (level 0) input no larger than test i's and different from it, else
 * the smallest one that differs. Small, so the warm-up costs little; different, so no answer to
 * test i can be cached by it. Undefined where no level-0 input differs.
 */
export function warmUpTests(tests: readonly TestCase[]): (number | undefined)[] {
  const text = tests.map((t) => JSON.stringify(t.args ?? t.stdin ?? ''));
  const size = text.map((s) => s.length);
  const small = tests.flatMap((t, j) => (t.level === 0 ? [j] : [])).sort((a, b) => size[a]! - size[b]! || a - b);
  return tests.map((_, i) => {
    const others = small.filter((j) => text[j] !== text[i]);
    return others.filter((j) => size[j]! <= size[i]!).at(-1) ?? others[0];
  });
}

const sources = new Map<string, string>();

/** The source of the tier a reference was measured with (paired timing runs it with every sample: read once). */
export function referenceSource(ref: Pick<ProblemReference, 'problem' | 'language' | 'tier'>): string {
  const tier = ref.problem.references[ref.language]?.find((t) => t.tier === ref.tier);
  if (!tier) throw new ReferenceFailure(`${ref.problem.spec.id}: no ${ref.language} reference tier '${ref.tier}' to pair samples with`);
  let source = sources.get(tier.file);
  if (source === undefined) {
    source = readFileSync(tier.file, 'utf8');
    sources.set(tier.file, source);
  }
  return source;
}

/** Returns null when the output matches, else the difference. */
export function verifier(problem: Problem, expected: readonly (Wire | string | undefined)[], tests: TestCase[]) {
  const spec = problem.spec;
  return (i: number, output: Wire | string): string | null => {
    const want = expected[i];
    if (want === undefined) return null;
    if (spec.kind === 'stdio') {
      return typeof output === 'string' ? compareText(want as string, output) : 'the program output is not text';
    }
    if (spec.check.custom) return spec.check.custom(want as Wire, output as Wire, tests[i]!.args ?? []);
    return compareTyped(want as Wire, output as Wire, problem.signature!.returns, spec.check);
  };
}

/**
 * Measures a problem's expert in one language. Python's expert defines the expected outputs
 * (checked against the hand-written cases); another language's expert must reproduce them.
 */
export async function measureReference(ctx: Measuring, problem: Problem, language: Language = 'python', expectedFrom?: ProblemReference): Promise<ProblemReference> {
  const { executor, meter, cfg } = ctx;
  const id = problem.spec.id;
  const tier = problem.references[language]?.at(-1);
  if (!tier) throw new ReferenceFailure(`${id}: no ${language} reference solution in reference-solutions/${id}/${language}/`);
  if (language !== 'python' && !expectedFrom) throw new Error(`${id}: a ${language} reference needs the Python expert's outputs`);
  const tests = expectedFrom?.tests ?? buildTests(problem.spec, cfg.suiteSeed);
  const job = nativeJob(problem, tests, readFileSync(tier.file, 'utf8'), cfg, meter.timesNatively, language);
  // Hand-written expectations are checked as the reference runs; the rest are what it returns.
  const want = expectedFrom ? expectedFrom.expected : tests.map((t) => t.expected);
  const out = await executor.run(job, {
    callLimitMs: () => 120_000,
    verify: verifier(problem, want, tests),
    memoryBytes: cfg.memoryBytes,
  });
  const where = `${id}: ${language} reference ${tier.tier}`;
  if (out.status !== 'completed') throw new ReferenceFailure(`${where}: ${out.status}: ${out.message}`);
  const bad = out.tests.findIndex((r) => r.status !== 'passed');
  if (bad >= 0) {
    const r = out.tests[bad]!;
    throw new ReferenceFailure(`${where} on test ${tests[bad]!.id}: ${r.status}${r.message ? `: ${r.message}` : ''}`);
  }
  const expected = expectedFrom ? expectedFrom.expected : out.tests.map((r) => r.output!);
  const refNs = out.tests.map((r) => r.firstNs ?? 0);
  const scored = tests.flatMap((t, i) => (t.level > 0 ? [i] : []));
  const { costs, failure } = await meter.costs({
    executor,
    job,
    native: out.tests,
    indices: scored,
    scored,
    limitMs: (i) => countedLimitMs(refNs[i]!),
  });
  if (failure) {
    throw new ReferenceFailure(`${where}: ${meter.name} pass failed on ${tests[failure.index]!.id}: ${failure.record.status} ${failure.record.message ?? ''}`);
  }
  const memory = cfg.memory
    ? await runMemoryPass({
        executor,
        job,
        indices: scored,
        ids: tests.map((t) => t.id),
        costs,
        costUnit: meter.unit,
        limitMs: (i) => countedLimitMs(refNs[i]!),
        memoryBytes: cfg.memoryBytes,
      })
    : {};
  return {
    problem,
    language,
    tests,
    digest: inputsDigest(tests),
    tier: tier.tier,
    expected,
    refNs,
    refCost: costs,
    ...(memory.figures ? { memory: memory.figures } : {}),
    ...(memory.error ? { memoryError: memory.error } : {}),
  };
}
