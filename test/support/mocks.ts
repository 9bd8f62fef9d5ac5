// Mock executor and meter: evaluation logic is tested without starting a process or a clock.
import type { Meter, MeterContext } from '../../src/measure/meter.ts';
import type { Executor, HarnessJob, RunControl, RunOutcome, TestRecord } from '../../src/sandbox/executor.ts';

export class MockExecutor implements Executor {
  readonly jobs: { job: HarnessJob; control: RunControl }[] = [];
  constructor(private readonly script: (job: HarnessJob, control: RunControl) => RunOutcome | Promise<RunOutcome>) {}
  async run(job: HarnessJob, control: RunControl): Promise<RunOutcome> {
    this.jobs.push({ job, control });
    return this.script(job, control);
  }
}

export function passedRecords(n: number, firstNs = 1000): TestRecord[] {
  return Array.from({ length: n }, () => ({ status: 'passed' as const, firstNs, output: 0 }));
}

/** Costs come from a function of the test index; records what it was asked to cost. */
export class MockMeter implements Meter {
  readonly name = 'instructions' as const;
  readonly unit = 'instructions' as const;
  readonly timesNatively = false;
  readonly asked: number[][] = [];
  /** Each pass's censoring limits, as the meter was given them. */
  readonly limits: (number | undefined)[][] = [];
  /** budgeted: a cost past its censoring limit ends the pass there, as the counting tool's budget does. */
  constructor(
    private readonly cost: (i: number) => number | 'crash',
    private readonly budgeted = false,
  ) {}
  async costs(ctx: MeterContext) {
    this.asked.push(ctx.indices);
    this.limits.push(ctx.indices.map((i) => ctx.censorLimit?.(i)));
    const costs = new Map<number, number>();
    for (const i of ctx.indices) {
      const c = this.cost(i);
      if (c === 'crash') return { costs, failure: { index: i, record: { status: 'crashed' as const, message: 'boom' } } };
      const limit = ctx.censorLimit?.(i);
      if (this.budgeted && limit !== undefined && c > limit)
        return { costs, failure: { index: i, record: { status: 'timeout' as const, overBudget: true, message: 'stopped past its instruction budget' } } };
      costs.set(i, c);
    }
    return { costs };
  }
}
