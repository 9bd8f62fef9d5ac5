// Meters turn a candidate's surviving tests into costs. Both sit behind one interface so the
// evaluation logic is tested with a mock meter, without timing anything.
import { createHash } from 'node:crypto';
import type { Executor, HarnessJob, RunControl, RunOutcome, TestRecord } from '../sandbox/executor.ts';
import { summarizeTimes } from './stats.ts';
import type { Wire } from '../problem/codec.ts';

export type MeterName = 'instructions' | 'time';

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
}

export interface Meter {
  readonly name: MeterName;
  readonly unit: 'instructions' | 'ns';
  /** Whether the native pass must take timing samples for scored tests. */
  readonly timesNatively: boolean;
  /** Cost of each index (undefined when that test could not be measured), and why not. */
  costs(ctx: MeterContext): Promise<{ costs: Map<number, number>; failure?: { index: number; record: TestRecord } }>;
}

export class TimeMeter implements Meter {
  readonly name = 'time';
  readonly unit = 'ns';
  readonly timesNatively = true;

  async costs(ctx: MeterContext) {
    const costs = new Map<number, number>();
    for (const i of ctx.indices) {
      const samples = ctx.native[i]?.samples;
      if (samples && samples.length > 0) costs.set(i, summarizeTimes(samples).median);
    }
    return { costs };
  }
}

/**
 * Callgrind region counts: a second, sandboxed pass under valgrind over the survivors only.
 * Counts are deterministic, so an identical job (the expert entered against its own reference,
 * say) is counted once per process and reused.
 */
export class InstructionMeter implements Meter {
  readonly name = 'instructions';
  readonly unit = 'instructions';
  readonly timesNatively = false;
  private readonly seen = new Map<string, Promise<RunOutcome>>();
  /** The harness mode that counts: callgrind here, perf in PerfMeter. */
  protected readonly mode: 'callgrind' | 'perf' = 'callgrind';

  private run(executor: Executor, job: HarnessJob, control: RunControl): Promise<RunOutcome> {
    const key = createHash('sha256').update(JSON.stringify(job)).digest('hex');
    let out = this.seen.get(key);
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
      tests: scored.map((i) => ({ args: ctx.job.tests[i]!.args, stdin: ctx.job.tests[i]!.stdin, expected: ctx.job.tests[i]!.expected })),
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
      if (rec.status !== 'passed' || rec.instructions === undefined) {
        return { costs, failure: { index: scored[k]!, record: out.status === 'completed' ? rec : { status: 'crashed' as const, message: out.message } } };
      }
      costs.set(scored[k]!, rec.instructions);
    }
    return { costs };
  }
}
