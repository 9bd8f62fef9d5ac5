// Meters turn a candidate's surviving tests into costs. Both sit behind one interface so the
// evaluation logic is tested with a mock meter, without timing anything.
import { createHash } from 'node:crypto';
import type { Executor, HarnessJob, RunControl, RunOutcome, TestRecord } from '../sandbox/executor.ts';
import { callOverhead, levelRatio, netTime, pairedRatios, setupCharge, type LevelRatio } from './paired.ts';
import { summarizeTimes } from './stats.ts';
import type { Wire } from '../problem/codec.ts';

export type MeterName = 'instructions' | 'cycles' | 'time';
/** What a cost is counted in: instructions, estimated cycles, or nanoseconds. */
export type CostUnit = 'instructions' | 'cycles' | 'ns';

export interface MeterContext {
  executor: Executor;
  /** The job of the native pass; the meter may rerun its tests in another mode. */
  job: HarnessJob;
  native: TestRecord[];
  /** Test indices to cost: scored tests that passed natively (a prefix of `scored`). */
  indices: number[];
  /** Every scored test index of the problem, in order. */
  scored: number[];
  /** Generous wall-clock limit for a counted call of test i, ms. */
  limitMs: (i: number) => number;
  /** Judges test i's output: every pass checks what it measured. */
  verify?: RunControl['verify'];
  /** A sample's pass: the reference's cost per scored test and each test's level (paired timing). */
  reference?: { cost: ReadonlyMap<number, number>; levelOf: (i: number) => number };
  /** A sample's pass: test i's censoring limit in the meter's unit (a cost past it censors the test). */
  censorLimit?: (i: number) => number;
}

export interface MeterCosts {
  costs: Map<number, number>;
  failure?: { index: number; record: TestRecord };
  /** Paired timing: each scored level's ratio to the reference, with its interval. */
  levels?: Map<number, LevelRatio>;
}

export interface Meter {
  readonly name: MeterName;
  readonly unit: CostUnit;
  /** Whether the native pass must take timing samples for scored tests. */
  readonly timesNatively: boolean;
  /** Cost of each index (undefined when that test could not be measured), and why not. */
  costs(ctx: MeterContext): Promise<MeterCosts>;
}

/**
 * CPU time of each call's runner (a warm call: see docs/measurement.md), read from outside it,
 * less the call path's own cost (the empty program timed in the same call). A reference's cost
 * is its median; a sample is timed in pairs with its reference (see paired.ts) and costs the
 * reference's cost times its level's paired ratio, so the machine's drift between the
 * reference pass and the sample's cancels.
 */
export class TimeMeter implements Meter {
  readonly name = 'time';
  readonly unit = 'ns';
  readonly timesNatively = true;

  async costs(ctx: MeterContext): Promise<MeterCosts> {
    const costs = new Map<number, number>();
    const overhead = callOverhead(ctx.indices.map((i) => ctx.native[i]?.emptyNs));
    const ref = ctx.reference;
    if (!ref) {
      for (const i of ctx.indices) {
        const samples = ctx.native[i]?.samples?.filter((x) => x > 0);
        if (samples && samples.length > 0) costs.set(i, netTime(summarizeTimes(samples).median, overhead));
      }
      return { costs };
    }
    const byLevel = new Map<number, Map<number, number[]>>();
    for (const i of ctx.indices) {
      const rec = ctx.native[i];
      if (!rec?.samples?.length || !rec.pairSamples) continue;
      // Work before the timed call that exceeds the reference's is charged to it (paired.ts).
      const charge = rec.setupNs && rec.pairSetupNs ? setupCharge(rec.samples, rec.pairSamples, rec.setupNs, rec.pairSetupNs) : 0;
      const ratios = pairedRatios(
        rec.samples.map((a) => (a > 0 ? a + charge : a)),
        rec.pairSamples,
        overhead,
      );
      if (ratios.length === 0) continue;
      const level = ref.levelOf(i);
      const tests = byLevel.get(level) ?? new Map<number, number[]>();
      tests.set(i, ratios);
      byLevel.set(level, tests);
    }
    const levels = new Map([...byLevel].map(([level, tests]) => [level, levelRatio(tests)]));
    for (const i of ctx.indices) {
      const lr = levels.get(ref.levelOf(i));
      const refCost = ref.cost.get(i);
      if (lr && refCost !== undefined) costs.set(i, refCost * lr.ratio);
    }
    const missing = ctx.indices.find((i) => !costs.has(i));
    if (missing !== undefined) return { costs, levels, failure: { index: missing, record: { status: 'crashed' as const, message: 'no paired time of this test could be read' } } };
    return { costs, levels };
  }
}

/**
 * Counts from Brisk's valgrind tool: a second, sandboxed pass over the survivors only.
 * Counts are deterministic, so an identical job (the expert entered against its own reference,
 * say) is counted once per process and reused.
 */
export class InstructionMeter implements Meter {
  readonly name: MeterName = 'instructions';
  readonly unit: CostUnit = 'instructions';
  readonly timesNatively = false;
  private readonly seen = new Map<string, Promise<RunOutcome>>();
  /** The harness mode that counts: the valgrind tool ('callgrind', the stored name), its cache model, or perf. */
  protected readonly mode: 'callgrind' | 'cycles' | 'perf' = 'callgrind';

  /**
   * Keyed by the job without its budgets, then the budgets: an outcome counted without any (a
   * reference's) stands for the same job with any budget.
   */
  private run(executor: Executor, job: HarnessJob, control: RunControl): Promise<RunOutcome> {
    const digest = createHash('sha256')
      .update(JSON.stringify({ ...job, tests: job.tests.map(({ budget: _, ...t }) => t) }))
      .digest('hex');
    const key = `${digest} ${job.tests.map((t) => t.budget ?? '-').join(',')}`;
    let out = this.seen.get(key) ?? this.seen.get(`${digest} ${job.tests.map(() => '-').join(',')}`);
    if (!out) {
      out = executor.run(job, control);
      this.seen.set(key, out);
    }
    return out;
  }

  async costs(ctx: MeterContext) {
    const costs = new Map<number, number>();
    if (ctx.indices.length === 0) return { costs };
    // The payload is the same for every candidate of a problem (every scored test; only
    // countFirst varies), so the job process's heap, and with it the count, does not depend
    // on what else survived. Each call is a fresh runner: no warm-up call is needed.
    const scored = ctx.scored;
    const n = ctx.indices.length;
    if (ctx.indices.some((x, k) => x !== scored[k])) throw new Error('instruction meter: survivors must be a prefix of the scored tests');
    const job: HarnessJob = {
      ...ctx.job,
      mode: this.mode,
      timing: undefined,
      countFirst: n,
      // The tool ends a runner past its test's censoring limit: the count alone censors it then.
      // An instruction budget serves the cycles meter too: its cost is never below the count.
      tests: scored.map((i) => ({ args: ctx.job.tests[i]!.args, stdin: ctx.job.tests[i]!.stdin, expected: ctx.job.tests[i]!.expected, budget: budgetOf(ctx.censorLimit?.(i)) })),
    };
    const verify = ctx.verify;
    const control: RunControl = {
      callLimitMs: (k) => ctx.limitMs(scored[k]!),
      memoryBytes: 0,
      ...(verify ? { verify: (k: number, output: Wire | string) => verify(scored[k]!, output) } : {}),
    };
    const out = await this.run(ctx.executor, job, control);
    for (let k = 0; k < n; k++) {
      const rec = out.tests[k]!;
      const cost = this.mode === 'cycles' ? rec.cycles : rec.instructions;
      if (rec.status !== 'passed' || cost === undefined) {
        return { costs, failure: { index: scored[k]!, record: out.status === 'completed' ? rec : { status: 'crashed' as const, message: out.message } } };
      }
      costs.set(scored[k]!, cost);
    }
    return { costs };
  }
}

/** A whole-instruction budget for a limit (a count past the limit is past its floor); none below 1. */
function budgetOf(limit: number | undefined): number | undefined {
  return limit !== undefined && Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : undefined;
}

/**
 * Estimated cycles: the same counted pass with the tool's cache model on (a fixed geometry,
 * src/harness/c/brisk_cache_model.h), so a cache-hostile layout costs more than a friendly one
 * at equal instructions; deterministic like the count.
 */
export class CyclesMeter extends InstructionMeter {
  override readonly name: MeterName = 'cycles';
  override readonly unit: CostUnit = 'cycles';
  protected override readonly mode = 'cycles' as const;
}
