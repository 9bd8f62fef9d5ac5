// Line counts over a size sweep: the tracer runs every sweep test the meter measured (so a
// censored size is never traced), after the meter's pass and outside it.
import type { Problem } from '../problem/load.ts';
import type { CandidateLanguage } from '../sandbox/executor.ts';
import { referenceLanguage } from '../evaluate/reference.ts';
import type { LineTracer } from './line-runner.ts';
import { lineProfile, opcodeWeights, type LineProfile } from './lines.ts';
import { sweepSize, type SweepRun, type SweepTests } from './sweep.ts';

/** A traced call may run this many times slower than natively (tracing hooks), at least 10 s. */
export const TRACE_SLOWDOWN = 300;

export function traceLimitMs(nativeNs: number): number {
  return Math.max(10_000, (TRACE_SLOWDOWN * nativeNs) / 1e6);
}

export async function profileLines(
  problem: Problem,
  sweep: SweepTests,
  run: SweepRun,
  source: string,
  language: CandidateLanguage,
  tracer: LineTracer,
  opts: { entry?: string; memoryBytes: number; unit: string },
): Promise<LineProfile | undefined> {
  const spec = problem.spec;
  const indices = sweep.tests.flatMap((_, i) => (i > 0 && run.testCosts[i] !== undefined ? [i] : []));
  if (indices.length === 0) return undefined;
  const res = await tracer.trace({
    language,
    kind: spec.kind,
    entry: spec.kind === 'function' ? (opts.entry ?? spec.entry[referenceLanguage(language)]) : undefined,
    source,
    prelude: language === 'python' ? spec.prelude?.python : undefined,
    tests: indices.map((i) => ({ args: sweep.tests[i]!.args, stdin: sweep.tests[i]!.stdin })),
    // Bytecodes per line are counted once, on the smallest size's first call (opcode events are costly).
    opcodesOf: language === 'python' ? 0 : undefined,
    limitMs: (k) => traceLimitMs(run.ns[indices[k]!] ?? 1e9),
    memoryBytes: opts.memoryBytes,
  });
  const traced = res.counts.map((counts, k) => ({ n: sweepSize(sweep, indices[k]!), counts, cost: run.testCosts[indices[k]!] }));
  const where = res.failedTest !== undefined ? ` at n=${sweepSize(sweep, indices[res.failedTest]!)}` : '';
  const weights = res.opcodes && res.counts[0] ? opcodeWeights(res.counts[0], res.opcodes) : undefined;
  return lineProfile(source, language, sweep.sizes, traced, opts.unit, res.failure ? `line counts stopped${where}: ${res.failure}` : undefined, weights);
}
