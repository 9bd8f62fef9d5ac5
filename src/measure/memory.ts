// The memory pass: after the meter's pass, the measured tests run once more natively, untimed,
// in the harness's memory mode (allocation peak or the V8 heap, and VmHWM). It is separate because
// the allocation accounting slows allocation; its outcome never changes a status or a score.
import type { Executor, HarnessJob, RunControl, TestRecord } from '../sandbox/executor.ts';
import type { Wire } from '../problem/codec.ts';
import type { MemoryFigures } from './memory-figures.ts';
import type { CostUnit } from './meter.ts';

export interface MemoryOutcome {
  figures?: MemoryFigures;
  /** Why the figures are absent. */
  error?: string;
  /** The pass saw an output other than the one the scored pass checked: a status, not a note. */
  inconsistent?: boolean;
  /** The test (original index) where that happened. */
  test?: number;
}

export interface TestMemory {
  peakBytes: number;
  rssPeakBytes?: number;
  /** The test's cost under the run's meter. */
  cost?: number;
}

/**
 * Max over tests of the allocation peak and of the RSS peak; the memory-time integral is the
 * proxy sum(peak_i x cost_i), an upper bound of the true integral of the allocation curve (exact
 * when a call's memory stays at its peak throughout). Absent parts stay absent.
 */
export function aggregateMemory(tests: readonly TestMemory[], costUnit: CostUnit): MemoryFigures | undefined {
  if (tests.length === 0) return undefined;
  const figures: MemoryFigures = { peakBytes: Math.max(...tests.map((t) => t.peakBytes)) };
  if (tests.every((t) => t.rssPeakBytes !== undefined)) figures.rssPeakBytes = Math.max(...tests.map((t) => t.rssPeakBytes!));
  if (tests.every((t) => t.cost !== undefined)) {
    figures.integral = tests.reduce((s, t) => s + t.peakBytes * t.cost!, 0);
    figures.integralUnit = `byte*${costUnit}`;
  }
  return figures;
}

export interface MemoryPassInput {
  executor: Executor;
  /** The native job; its tests at `indices` are rerun. */
  job: HarnessJob;
  indices: number[];
  /** Test ids by index, for messages. */
  ids: readonly string[];
  costs: ReadonlyMap<number, number>;
  costUnit: CostUnit;
  limitMs: (i: number) => number;
  memoryBytes: number;
  /** Judges test i's output (original index). */
  verify?: RunControl['verify'];
}

/**
 * The warm-up of memory test k (a position in `indices`): a test whose timed runner was warmed
 * is warmed in the memory pass too, so that both load the program twice (a candidate that
 * counted its loads on globalThis or builtins told the passes apart, and was lean only where its
 * memory was measured). Its own warm-up test where the pass runs it, else another of the pass's
 * tests (never itself: an answer could be cached across the two loads).
 */
export function memoryWarmUp(indices: readonly number[], k: number, warm: number | undefined): number | undefined {
  if (warm === undefined) return undefined;
  const own = indices.indexOf(warm);
  if (own >= 0 && own !== k) return own;
  const other = indices.findIndex((_, j) => j !== k);
  return other >= 0 ? other : undefined;
}

export async function runMemoryPass(input: MemoryPassInput): Promise<MemoryOutcome> {
  const { indices } = input;
  if (indices.length === 0) return {};
  const job: HarnessJob = {
    ...input.job,
    mode: 'memory',
    timing: undefined,
    countFirst: undefined,
    tests: indices.map((i, k) => {
      const t = input.job.tests[i]!;
      const warm = memoryWarmUp(indices, k, t.warm);
      return { args: t.args, stdin: t.stdin, expected: t.expected, ...(warm !== undefined ? { warm } : {}) };
    }),
  };
  const verify = input.verify;
  const out = await input.executor.run(job, {
    callLimitMs: (k) => input.limitMs(indices[k]!),
    memoryBytes: input.memoryBytes,
    ...(verify ? { verify: (k: number, output: Wire | string) => verify(indices[k]!, output) } : {}),
  });
  if (out.status !== 'completed') return { error: `memory pass: ${out.status}${out.message ? `: ${out.message}` : ''}` };
  const bad = out.tests.findIndex((r: TestRecord) => r.status !== 'passed' || r.memory === undefined);
  if (bad >= 0) {
    const r = out.tests[bad]!;
    // A call that passed in the scored pass and fails here behaves differently when its memory
    // is measured (left without figures, it would leave NMU): a status. The pass's own overhead
    // cannot explain a timeout (its limit is 300x the native call, 60 s at least); the memory
    // limit it could only for a call at the limit already (the peak table costs 32-64 bytes a
    // live block: 16-byte slots, at most half full).
    if (['wrong_answer', 'inconsistent', 'error', 'crashed', 'timeout', 'memory_limit'].includes(r.status)) {
      return { inconsistent: true, test: indices[bad]!, error: `memory pass on ${input.ids[indices[bad]!]}: ${r.message ?? r.status}` };
    }
    return { error: `memory pass failed on ${input.ids[indices[bad]!]}: ${r.status}${r.message ? `: ${r.message}` : ''}` };
  }
  const figures = aggregateMemory(
    out.tests.map((r, k) => ({ ...r.memory!, cost: input.costs.get(indices[k]!) })),
    input.costUnit,
  );
  // A note (RSS peak unavailable) travels with complete figures.
  return out.message ? { figures, error: out.message } : { figures };
}
